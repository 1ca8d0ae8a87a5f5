import { z } from '@hono/zod-openapi';
import { QueryError } from '../../../analytics/index.js';
import { isIsoDate, suggest } from '../../../domain/index.js';
import { ApiError, PROBLEM_CODES, type ProblemCode } from '../../problem.js';

/**
 * A list in one query parameter, comma-separated (`destination=CO,PE`: OpenAPI's `form` style
 * without explode). Each item is checked by `item`, so an error names its place
 * (`query.destination.1`). `maxItems` and the length cap keep a hostile list from costing much.
 *
 * @example commaList(CountryCode, { maxItems: 50, description: 'Destinations', example: 'CO,PE' })
 */
export function commaList<T extends z.ZodType<unknown, string>>(item: T, opts: { maxItems: number; minItems?: number; description: string; example: string }) {
  return z.string().max(opts.maxItems * 40)
    .transform((text) => text.split(','))
    .pipe(z.array(item).min(opts.minItems ?? 1).max(opts.maxItems))
    .meta({ description: `${opts.description} Comma-separated.`, example: opts.example });
}

/** A day, YYYY-MM-DD, as a query gives it: always text (the domain's `IsoDate` also takes YAML's dates). */
export const DateParam = z.string().refine(isIsoDate, { message: 'must be a real date written YYYY-MM-DD, e.g. 2023-06-11' }).openapi({ format: 'date' });

/** `true` or `false`, spelled so, as a boolean. */
export const BooleanParam = z.enum(['true', 'false']).transform((v) => v === 'true');

/**
 * The analytics' refusal as a 400 problem naming the query parameter (`query.cursor`), with the
 * analytics' code when the API shares it (`invalid_cursor`), else `invalid_request`; or, for
 * pathway ids the catalogue does not have, a 404 naming each one with a suggestion.
 */
export function queryProblem(error: QueryError, knownIds: Iterable<string> = []): ApiError {
  const path = `query.${error.field}`;
  if (error.code === 'unknown_pathways') {
    const ids = [...knownIds];
    const errors = error.values.map((id) => {
      const near = suggest(id, ids);
      return { path, message: `no pathway has the id '${id}'${near ? `; did you mean '${near}'?` : ''}` };
    });
    return new ApiError(404, 'not_found', 'Not found', errors.map((e) => e.message).join('; '), errors);
  }
  // A refusal the statistics routes share (a stale cursor, say) keeps its code, so a client paging
  // through either switches on one word; the others are plain invalid requests.
  const code = (PROBLEM_CODES as readonly string[]).includes(error.code) ? error.code as ProblemCode : 'invalid_request';
  return new ApiError(400, code, 'Invalid request', `${path}: ${error.message}`, [{ path, message: error.message }]);
}

/** Runs an analytics query, answering its `QueryError` as a problem (see `queryProblem`). */
export function answerQuery<T>(run: () => T, knownIds?: Iterable<string>): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof QueryError) throw queryProblem(error, knownIds);
    throw error;
  }
}
