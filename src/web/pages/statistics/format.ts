import type { Lang } from '../../i18n/lang.js';

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * A period in the reader's language: a month as "June 2023" (`long`) or "Jun 2023" (`short`),
 * a year as itself (years are never written with a thousands separator).
 *
 * @example formatPeriod('es', '2023-06') // 'junio de 2023'
 */
export function formatPeriod(lang: Lang, period: string, style: 'long' | 'short' = 'long'): string {
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (!month) return period;
  const key = `${lang}|${style}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(lang, { year: 'numeric', month: style, timeZone: 'UTC' })));
  return format.format(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
}
