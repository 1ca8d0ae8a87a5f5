import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import type { AppEnv } from './env.js';
import type { Logger } from './logger.js';

/** Stable error codes clients can switch on (documented in the OpenAPI `Problem` schema). */
export const PROBLEM_CODES = [
  'invalid_request', 'not_found', 'payload_too_large', 'unsupported_media_type', 'rate_limited', 'internal',
  // Statistics questions the store refuses (SeriesQueryError), each a 400 naming the query field.
  'invalid_period', 'invalid_limit', 'invalid_cursor', 'granularity_mismatch', 'stock_over_time',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** Where a request field sits, as the first segment of an error `path` (`query.lang`, `body.profile`). */
export type RequestPart = 'query' | 'path' | 'body';

/** A problem lists at most this many field errors: a hostile body must not make a huge answer. */
const MAX_ERRORS = 20;

/** An error answered as RFC 9457 problem details (application/problem+json). */
export class ApiError extends Error {
  readonly errors: { path: string; message: string }[];
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ProblemCode,
    readonly title: string,
    readonly detail: string,
    errors: { path: string; message: string }[] = [],
  ) {
    super(detail);
    this.errors = errors.slice(0, MAX_ERRORS);
  }
}

/** A request whose fields do not match: 400 naming each bad field (`body.profile.entry_dat`). */
export function invalidFields(errors: { path: string; message: string }[], title = 'Invalid request'): ApiError {
  const shown = errors.slice(0, MAX_ERRORS);
  const more = errors.length > shown.length ? ` (and ${errors.length - shown.length} more)` : '';
  return new ApiError(400, 'invalid_request', title, `${shown.map((e) => `${e.path}: ${e.message}`).join('; ')}${more}`, errors);
}

/** A request whose query, path or body does not match its zod schema. */
export function invalidRequest(error: z.ZodError, where: RequestPart): ApiError {
  return invalidFields(error.issues.map((i) => ({ path: [where, ...i.path.map(String)].join('.'), message: i.message })));
}

/** Hono's own HTTP errors (malformed JSON, wrong media type, oversized body) in our vocabulary. */
function fromHttpException(error: HTTPException): ApiError {
  switch (error.status) {
    case 400:
      return invalidFields([{ path: 'body', message: 'is not valid JSON' }]);
    case 413:
      return new ApiError(413, 'payload_too_large', 'Payload too large', 'The request body is larger than this server accepts.');
    case 415:
      return new ApiError(415, 'unsupported_media_type', 'Unsupported media type', 'Send the request body as JSON, with Content-Type: application/json.');
    default:
      return new ApiError(error.status, 'invalid_request', 'Invalid request', error.message);
  }
}

/** The problem+json response for `problem`; extra `headers` (e.g. Retry-After) ride along. */
export function problemResponse(c: Context, problem: ApiError, headers: Record<string, string> = {}): Response {
  return c.body(JSON.stringify({
    type: `https://vias.example/problems/${problem.code}`,
    title: problem.title,
    status: problem.status,
    detail: problem.detail,
    code: problem.code,
    ...(problem.errors.length > 0 ? { errors: problem.errors } : {}),
  }), problem.status, { ...headers, 'content-type': 'application/problem+json' });
}

/**
 * The one error handler: known errors as problem+json; anything else is logged with its stack
 * and answered as a bare 500 that reveals nothing.
 */
export function errorHandler(logger: Logger) {
  return (error: Error, c: Context<AppEnv>): Response => {
    if (error instanceof ApiError) return problemResponse(c, error);
    if (error instanceof HTTPException && error.status < 500) return problemResponse(c, fromHttpException(error));
    logger({
      msg: 'error', request_id: c.get('requestId'), method: c.req.method, route: c.req.routePath,
      error: `${error.name}: ${error.message}`, stack: error.stack,
    });
    return problemResponse(c, new ApiError(500, 'internal', 'Internal error', 'Something went wrong on our side.'));
  };
}

/** 404 for any path under /api that no route answers. */
export function notFound(c: Context): Response {
  return problemResponse(c, new ApiError(404, 'not_found', 'Not found', `No API resource at ${c.req.path}.`));
}
