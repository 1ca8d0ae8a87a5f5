import type { PathwayDetail } from '../../api/contract.js';

type Record = PathwayDetail['record'];

/** One dated step of a pathway's life: a lifecycle event, or a set of rules coming into force. */
export type TimelineEntry =
  | { kind: 'event'; date: string; event: Record['lifecycle'][number] }
  | { kind: 'rules'; date: string; version: Record['eligibility'][number] };

/**
 * The pathway's events and the starts of its eligibility versions, oldest first; on one day the
 * event (a decree opening it) comes before the rules it brings in, each in record order.
 *
 * @example timeline(etpv).map((e) => `${e.date} ${e.kind}`) // ['2021-03-01 event', '2021-03-01 rules', …]
 */
export function timeline(record: Pick<Record, 'lifecycle' | 'eligibility'>): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...record.lifecycle.map((event): TimelineEntry => ({ kind: 'event', date: event.date, event })),
    ...record.eligibility.map((version): TimelineEntry => ({ kind: 'rules', date: version.valid_from, version })),
  ];
  // Array.prototype.sort is stable: same-day entries keep events first, each in record order.
  return entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
