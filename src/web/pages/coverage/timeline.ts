/**
 * The coverage page's date slider moves by month (the catalogue's timeline spans decades, too
 * many days for a slider), keeping the day of the month of the date it starts from. Dates are
 * calendar days written YYYY-MM-DD, compared as text.
 */

/** A span of calendar days, both ends included. */
export interface Span {
  start: string;
  end: string;
}

const parts = (date: string) => ({ year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) });
const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Whether `value` is a real calendar day written YYYY-MM-DD. */
export function isCalendarDate(value: string | undefined): value is string {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const { year, month, day } = parts(value);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
}

/** `date` moved into `span`. */
export function clampDate(date: string, span: Span): string {
  return date < span.start ? span.start : date > span.end ? span.end : date;
}

/**
 * The slider position of `date`: how many months after the span's first month it falls.
 *
 * @example monthIndex('2023-06-11', { start: '1966-01-01', end: '2025-06-01' }) // 689
 */
export function monthIndex(date: string, span: Span): number {
  const from = parts(span.start);
  const to = parts(clampDate(date, span));
  return (to.year - from.year) * 12 + (to.month - from.month);
}

/** The last slider position of `span`. */
export function lastIndex(span: Span): number {
  return monthIndex(span.end, span);
}

/**
 * The date at slider position `index`, on day `day` of that month (the month's last day when it is
 * shorter), kept inside `span`.
 *
 * @example dateAtIndex(1, { start: '2023-01-15', end: '2023-12-31' }, 31) // '2023-02-28'
 */
export function dateAtIndex(index: number, span: Span, day: number): string {
  const from = parts(span.start);
  const months = from.year * 12 + (from.month - 1) + Math.round(index);
  const year = Math.floor(months / 12);
  const month = (months % 12) + 1;
  const date = `${pad(year, 4)}-${pad(month)}-${pad(Math.min(Math.max(1, day), daysIn(year, month)))}`;
  return clampDate(date, span);
}

/** The day of the month of `date`. */
export function dayOf(date: string): number {
  return parts(date).day;
}
