/**
 * Periods as the statistics name them: a month `YYYY-MM` or a year `YYYY`. A chart places them
 * on a line of whole units (months or years), so gaps and dated events fall where they belong.
 */
export type Granularity = 'month' | 'year';

const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;

/** The granularity of `period`, or null when it is neither `YYYY-MM` nor `YYYY`. */
export function granularityOf(period: string): Granularity | null {
  return MONTH.test(period) ? 'month' : YEAR.test(period) ? 'year' : null;
}

/**
 * The period's position on its line: months counted from year 0 (`2023-01` → 24276), years as
 * themselves.
 *
 * @example periodIndex('2020-02') - periodIndex('2019-12') // 2
 */
export function periodIndex(period: string): number {
  const month = MONTH.exec(period);
  if (month) return Number(month[1]) * 12 + Number(month[2]) - 1;
  if (YEAR.test(period)) return Number(period);
  throw new Error(`not a period: ${period}`);
}

/** The period at `index` on the line of `granularity` (the inverse of `periodIndex`). */
export function periodAt(index: number, granularity: Granularity): string {
  if (granularity === 'year') return String(index);
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * Every period from `first` to `last`, both included, of their granularity.
 *
 * @example periodRange('2023-11', '2024-02') // ['2023-11', '2023-12', '2024-01', '2024-02']
 */
export function periodRange(first: string, last: string): string[] {
  const granularity = granularityOf(first);
  if (!granularity || granularityOf(last) !== granularity) throw new Error(`not a range of periods: ${first}–${last}`);
  const out: string[] = [];
  for (let i = periodIndex(first); i <= periodIndex(last); i++) out.push(periodAt(i, granularity));
  return out;
}

/**
 * Where the calendar day `date` (YYYY-MM-DD) falls on the line of `granularity`, in fractional
 * units: the 16th of a 30-day month is half-way through it. A chart that draws period `p` over
 * [index(p), index(p) + 1) draws the day inside its own period.
 *
 * @example dayPosition('2023-06-16', 'month') - periodIndex('2023-06') // 0.5
 */
export function dayPosition(date: string, granularity: Granularity): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  if (granularity === 'month') {
    const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return y * 12 + m - 1 + (d - 1) / days;
  }
  const start = Date.UTC(y, 0, 1);
  const days = (Date.UTC(y + 1, 0, 1) - start) / 86_400_000;
  return y + (Date.UTC(y, m - 1, d) - start) / 86_400_000 / days;
}
