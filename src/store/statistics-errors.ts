/**
 * Stable codes of the statistics questions the store refuses. `unknown_indicator` is a 404 in the
 * API; the others are 400s.
 */
export const SERIES_QUERY_ERROR_CODES = [
  'unknown_indicator', 'invalid_period', 'invalid_limit', 'invalid_cursor', 'granularity_mismatch', 'stock_over_time',
] as const;
export type SeriesQueryErrorCode = (typeof SERIES_QUERY_ERROR_CODES)[number];

/**
 * A statistics question the store cannot answer as asked: the query parameter at fault
 * (`field`: `indicator`, `from`, `to`, `by`, `limit`, `cursor`), a stable `code`, and a message
 * that names the fix.
 *
 * @example
 * try { await aggregateSeries(db, 'unhcr.refugees', { by: 'month' }); }
 * catch (e) { if (e instanceof SeriesQueryError) console.log(e.code, e.field); } // granularity_mismatch by
 */
export class SeriesQueryError extends Error {
  override readonly name = 'SeriesQueryError';
  constructor(
    readonly code: SeriesQueryErrorCode,
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}
