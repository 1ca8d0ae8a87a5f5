/** Stable codes of the questions the analytics core refuses; the API answers each as a 400 (or 404). */
export const QUERY_ERROR_CODES = [
  'invalid_cursor', 'invalid_limit', 'invalid_sort', 'invalid_date', 'invalid_ids', 'unknown_pathways',
] as const;
export type QueryErrorCode = (typeof QUERY_ERROR_CODES)[number];

/**
 * A question the analytics core cannot answer as asked: which field is wrong (`field`, the name of
 * the query parameter: `cursor`, `limit`, `ids`…), a stable `code`, and a message that says how to
 * fix it. The values at fault (e.g. unknown pathway ids) are listed in `values`.
 *
 * @example
 * try { searchPathways(pathways, {}, { cursor: 'nonsense' }); }
 * catch (e) { if (e instanceof QueryError) console.log(e.code, e.field); } // invalid_cursor cursor
 */
export class QueryError extends Error {
  override readonly name = 'QueryError';
  constructor(
    readonly code: QueryErrorCode,
    readonly field: string,
    message: string,
    readonly values: readonly string[] = [],
  ) {
    super(message);
  }
}
