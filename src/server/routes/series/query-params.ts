import { z } from '@hono/zod-openapi';
import { SeriesQueryError } from '../../../store/index.js';
import { ApiError } from '../../problem.js';

/**
 * A list in one query parameter, comma-separated (`origin=VEN,HTI`: OpenAPI's `form` style
 * without explode); several values widen the filter. Each item is checked by `item`, so an error
 * names its place (`query.origin.1`), and `maxItems` keeps a hostile list cheap.
 *
 * @example commaList(AreaCode, { maxItems: 50, description: 'Origins.', example: 'VEN,HTI' })
 */
export function commaList<T extends z.ZodType<unknown, string>>(item: T, opts: { maxItems: number; description: string; example: string }) {
  return z.string().max(opts.maxItems * 40)
    .transform((text) => text.split(','))
    .pipe(z.array(item).min(1).max(opts.maxItems))
    .meta({ description: `${opts.description} Comma-separated.`, example: opts.example });
}

const TITLES: Record<Exclude<SeriesQueryError['code'], 'unknown_indicator'>, string> = {
  invalid_period: 'Invalid period',
  invalid_limit: 'Invalid limit',
  invalid_cursor: 'Invalid cursor',
  granularity_mismatch: 'Granularity mismatch',
  stock_over_time: 'Stock added over time',
};

/**
 * The store's refusal as a problem: an unknown indicator is a 404 naming `path.indicator`; any
 * other is a 400 with the store's stable code (`granularity_mismatch`…) naming the query
 * parameter at fault (`query.by`), its message saying what to ask instead.
 */
export function seriesProblem(error: SeriesQueryError): ApiError {
  if (error.code === 'unknown_indicator') {
    return new ApiError(404, 'not_found', 'Not found', error.message, [{ path: 'path.indicator', message: error.message }]);
  }
  const path = `query.${error.field}`;
  return new ApiError(400, error.code, TITLES[error.code], `${path}: ${error.message}`, [{ path, message: error.message }]);
}

/** Runs a store query, answering its `SeriesQueryError` as a problem (see `seriesProblem`). */
export async function answerSeriesQuery<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof SeriesQueryError) throw seriesProblem(error);
    throw error;
  }
}

/** The 404 of an indicator the series catalogue does not hold. */
export function unknownIndicator(indicator: string): ApiError {
  return seriesProblem(new SeriesQueryError('unknown_indicator', 'indicator', `there is no series '${indicator}'; GET /api/series lists every indicator`));
}
