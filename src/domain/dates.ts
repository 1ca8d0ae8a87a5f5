import { z } from 'zod';

/** True for a real calendar date written YYYY-MM-DD (2023-02-30 is not one). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/**
 * An ISO 8601 calendar date. YAML parses unquoted dates into Date objects, so those are
 * accepted and turned back into their YYYY-MM-DD text.
 */
export const IsoDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z.string().refine(isIsoDate, { message: 'must be a real date written YYYY-MM-DD, e.g. 2023-06-11' }),
);
export type IsoDate = string;

/** Today's date (UTC) as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): IsoDate {
  return now.toISOString().slice(0, 10);
}
