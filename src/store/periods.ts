import { Period } from '../domain/index.js';
import { SeriesQueryError } from './statistics-errors.js';

/**
 * Which stored periods a `from`/`to` range selects, as plain text comparisons that hold on every
 * backend and collation: `period >= lower`, `period < upperExclusive`, `period NOT IN excluded`.
 * An observation counts when its whole period lies inside the range, so `to=2015-06` keeps
 * 2015-06 and 2015-06-30 but not the yearly total 2015, and `from=2015-01` keeps the yearly total.
 */
export interface PeriodBounds {
  lower?: string;
  upperExclusive?: string;
  excluded: string[];
}

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The same instant range written as coarsely as possible: 2015-01 → 2015 (from), 2015-12 → 2015 (to). */
function coarsen(period: string, side: 'start' | 'end'): string {
  const [y, m, d] = period.split('-');
  if (d !== undefined) {
    const edge = side === 'start' ? '01' : String(daysIn(Number(y), Number(m)));
    return d === edge ? coarsen(`${y}-${m}`, side) : period;
  }
  if (m !== undefined) return m === (side === 'start' ? '01' : '12') ? (y as string) : period;
  return period;
}

/** The first period of the same granularity after `period`: 2015 → 2016, 2015-12 → 2016-01, 2015-02-28 → 2015-03-01. */
function next(period: string): string {
  const [y, m, d] = period.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (m === undefined) return String(y + 1).padStart(4, '0');
  if (d === undefined) return m === 12 ? `${String(y + 1).padStart(4, '0')}-01` : `${period.slice(0, 4)}-${String(m + 1).padStart(2, '0')}`;
  const date = new Date(Date.UTC(y, m - 1, d + 1));
  return date.toISOString().slice(0, 10);
}

/** The periods that contain `period` and are longer: 2015-06-15 → [2015-06, 2015]. */
function ancestors(period: string): string[] {
  const parts = period.split('-');
  return parts.slice(1).map((_, i) => parts.slice(0, parts.length - 1 - i).join('-'));
}

/** First and last day of a period, to compare periods of different granularity. */
const firstDay = (p: string) => (p.length === 4 ? `${p}-01-01` : p.length === 7 ? `${p}-01` : p);
const lastDay = (p: string) => (p.length === 4 ? `${p}-12-31` : p.length === 7 ? `${p}-${daysIn(Number(p.slice(0, 4)), Number(p.slice(5, 7)))}` : p);

function checked(value: string | undefined, field: 'from' | 'to'): string | undefined {
  if (value === undefined) return undefined;
  if (!Period.safeParse(value).success) throw new SeriesQueryError('invalid_period', field, `${field} '${value}' is not a period; write YYYY, YYYY-MM or YYYY-MM-DD, e.g. ${field}=2023 or ${field}=2023-05`);
  return value;
}

/**
 * Turns an inclusive `from`/`to` range of any granularity into text bounds.
 * @throws SeriesQueryError `invalid_period` for a malformed period or a range that ends before it starts.
 *
 * @example periodBounds('2021', '2024-06') // { lower: '2021', upperExclusive: '2024-07', excluded: ['2024'] }
 */
export function periodBounds(from?: string, to?: string): PeriodBounds {
  const start = checked(from, 'from');
  const end = checked(to, 'to');
  if (start !== undefined && end !== undefined && firstDay(start) > lastDay(end)) {
    throw new SeriesQueryError('invalid_period', 'from', `from=${start} is after to=${end}; swap them`);
  }
  const upper = end === undefined ? undefined : coarsen(end, 'end');
  return {
    ...(start === undefined ? {} : { lower: coarsen(start, 'start') }),
    ...(upper === undefined ? {} : { upperExclusive: next(upper) }),
    excluded: upper === undefined ? [] : ancestors(upper),
  };
}

/**
 * The US federal fiscal year a month or day falls in (1 October – 30 September, named by the
 * year it ends, as CBP publishes), e.g. 2022-10 → FY2023.
 */
export function usFiscalYear(period: string): string {
  const year = Number(period.slice(0, 4));
  return `FY${Number(period.slice(5, 7)) >= 10 ? year + 1 : year}`;
}
