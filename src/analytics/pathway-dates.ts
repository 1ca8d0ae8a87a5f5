import { versionInForce, type Pathway } from '../domain/index.js';

/**
 * True when an eligibility version (rules known or not) is in force on `date`: the same test as
 * the engine's `closed` outcome and the API's `open` flag. Lifecycle events tell the story; the
 * versions decide.
 *
 * @example isOpenOn(etpv, '2022-06-01') // true
 */
export function isOpenOn(pathway: Pick<Pathway, 'eligibility'>, date: string): boolean {
  return versionInForce(pathway.eligibility, date) !== undefined;
}

/**
 * The day the pathway opened: its first `opened` lifecycle event or the first day of its first
 * eligibility version, whichever is earlier (a programme may have opened before the first rules
 * our sources give, e.g. Canada's EMPP).
 *
 * @example openingDate(etpv) // '2021-03-01'
 */
export function openingDate(pathway: Pick<Pathway, 'eligibility' | 'lifecycle'>): string {
  const dates = [
    ...pathway.eligibility.map((v) => v.valid_from),
    ...pathway.lifecycle.filter((e) => e.event === 'opened').map((e) => e.date),
  ];
  return dates.reduce((a, b) => (b < a ? b : a));
}

/**
 * The first date the record knows of the pathway: its earliest lifecycle event (an announcement
 * counts) or eligibility version.
 *
 * @example firstRecordedDate(mercosur) // '2002-12-06', the agreement's signature
 */
export function firstRecordedDate(pathway: Pick<Pathway, 'eligibility' | 'lifecycle'>): string {
  const dates = [...pathway.eligibility.map((v) => v.valid_from), ...pathway.lifecycle.map((e) => e.date)];
  return dates.reduce((a, b) => (b < a ? b : a));
}
