import type { Lang } from '../domain/index.js';

/** Display helpers on the platform's Intl (browser and Node alike): no tables of our own to keep. */

const UNITS = { Y: 'year', M: 'month', W: 'week', D: 'day' } as const;

/**
 * An ISO 8601 duration in words.
 * @example formatDuration('P2Y6M', 'es') // '2 años y 6 meses'
 */
export function formatDuration(duration: string, lang: Lang): string {
  const parts = [...duration.matchAll(/(\d+)([YMWD])/g)].map(([, n, u]) =>
    new Intl.NumberFormat(lang, { style: 'unit', unit: UNITS[u as keyof typeof UNITS], unitDisplay: 'long' }).format(Number(n)));
  return parts.length > 0 ? formatList(parts, lang) : duration;
}

/** @example formatList(['a', 'b', 'c'], 'en') // 'a, b, and c' */
export function formatList(items: readonly string[], lang: Lang): string {
  return new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(items);
}

/** @example countryName('VE', 'fr') // 'Venezuela' */
export function countryName(code: string, lang: Lang): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** @example formatNumber(12000, 'es') // '12.000' */
export function formatNumber(n: number, lang: Lang): string {
  return new Intl.NumberFormat(lang).format(n);
}

/** @example formatMoney(20, 'USD', 'en') // '$20.00' */
export function formatMoney(amount: number, currency: string, lang: Lang): string {
  return new Intl.NumberFormat(lang, { style: 'currency', currency }).format(amount);
}
