import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';

/** Stable error codes clients can switch on. */
export type ProblemCode = 'invalid_request' | 'not_found' | 'internal';

/** An error answered as RFC 9457 problem details (application/problem+json). */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ProblemCode,
    readonly title: string,
    readonly detail: string,
    readonly errors: { path: string; message: string }[] = [],
  ) {
    super(detail);
  }
}

/** A request whose query or body does not match its schema: 400 naming each bad field. */
export function invalidRequest(error: z.ZodError, where: 'query' | 'body'): ApiError {
  const errors = error.issues.map((i) => ({ path: [where, ...i.path].join('.'), message: i.message }));
  return new ApiError(400, 'invalid_request', 'Invalid request', `The request ${where} is not valid: ${errors.map((e) => `${e.path}: ${e.message}`).join('; ')}`, errors);
}

/** The one error handler: known errors as problem+json, anything else as a bare 500 (no stack). */
export function onError(error: Error, c: Context): Response {
  const problem = error instanceof ApiError ? error : new ApiError(500, 'internal', 'Internal error', 'Something went wrong on our side.');
  if (!(error instanceof ApiError)) console.error(`[${c.req.method} ${c.req.path}]`, error);
  return c.body(JSON.stringify({
    type: `https://vias.example/problems/${problem.code}`,
    title: problem.title,
    status: problem.status,
    detail: problem.detail,
    code: problem.code,
    ...(problem.errors.length > 0 ? { errors: problem.errors } : {}),
  }), problem.status, { 'content-type': 'application/problem+json' });
}
