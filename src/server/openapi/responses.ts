import { z } from '@hono/zod-openapi';
import { PROBLEM_CODES } from '../problem.js';

/** RFC 9457 problem details, as every error of the API is answered. */
export const Problem = z.strictObject({
  type: z.string().meta({ example: 'https://vias.example/problems/invalid_request' }),
  title: z.string().meta({ example: 'Invalid request' }),
  status: z.number().int().meta({ example: 400 }),
  detail: z.string().meta({ example: 'query.destination: must be an ISO 3166-1 alpha-2 country code in capitals, e.g. VE, CO, US' }),
  code: z.enum(PROBLEM_CODES).meta({ description: 'Stable: clients may switch on it.' }),
  errors: z.array(z.strictObject({
    path: z.string().meta({ description: 'The failing field: `query.…`, `path.…` or `body.…`.', example: 'query.destination' }),
    message: z.string(),
  })).optional(),
}).openapi('Problem');

const PROBLEM_DESCRIPTIONS = {
  400: 'Invalid request: the problem names each failing field',
  404: 'Not found',
  413: 'Request body too large',
  415: 'Request body is not JSON',
  429: 'Too many requests: wait for the seconds in Retry-After',
  500: 'Internal error (no details are revealed)',
} as const;
type ProblemStatus = keyof typeof PROBLEM_DESCRIPTIONS;

interface ProblemResponse {
  description: string;
  content: { 'application/problem+json': { schema: typeof Problem } };
  headers?: typeof retryAfter;
}

const retryAfter = { 'Retry-After': { description: 'Seconds to wait before trying again.', schema: { type: 'integer' as const } } };

/**
 * The documented error answers of a route, all problem+json; 500 is always included.
 *
 * @example responses: { 200: json(Body, 'The pathways'), ...problems(400) }
 */
export function problems<S extends ProblemStatus>(...statuses: S[]): Record<S | 500, ProblemResponse> {
  const responses = {} as Record<S | 500, ProblemResponse>;
  for (const status of [...statuses, 500 as const]) {
    responses[status] = {
      description: PROBLEM_DESCRIPTIONS[status],
      content: { 'application/problem+json': { schema: Problem } },
      ...(status === 429 ? { headers: retryAfter } : {}),
    };
  }
  return responses;
}

/** A JSON answer described by a zod schema. */
export function json<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } };
}

/** How a download is named when saved: `attachment; filename="…"` (RFC 6266). */
const contentDisposition = {
  'Content-Disposition': {
    description: 'Save as a file, named with the dataset version and date: `attachment; filename="vias-pathways-0.1.0-2026-11-28.csv"`.',
    schema: { type: 'string' as const },
  },
};

/** A body that is text but not JSON (CSV, XML), as OpenAPI describes it. */
export const TextBody = z.string();

/** A body of bytes (Parquet, zip), as OpenAPI describes it. */
export const BinaryBody = z.string().meta({ format: 'binary', description: 'The file\'s bytes.' });

/**
 * A file to download, sent as `mediaType` with a `Content-Disposition` that names it: `schema` is
 * `TextBody` for text, `BinaryBody` for bytes, or the zod schema of a JSON file.
 *
 * @example responses: { 200: download('text/csv', 'The pathways as CSV', TextBody), ...notModified, ...problems(400) }
 */
export function download<M extends string, S extends z.ZodType>(mediaType: M, description: string, schema: S) {
  return { description, headers: contentDisposition, content: { [mediaType]: { schema } } as Record<M, { schema: S }> };
}

/**
 * An answer that is text but not JSON (an Atom feed, say), to be read rather than saved.
 *
 * @example responses: { 200: text('application/atom+xml', 'The feed'), ...notModified, ...problems(400) }
 */
export function text<M extends string>(mediaType: M, description: string) {
  return { description, content: { [mediaType]: { schema: TextBody } } as Record<M, { schema: typeof TextBody }> };
}

/** The 304 a cached read answers when `If-None-Match` matches its ETag. */
export const notModified = { 304: { description: 'Not modified: the ETag sent in If-None-Match still matches' } };
