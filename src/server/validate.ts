import type { Context } from 'hono';
import type { z } from 'zod';
import { ApiError, invalidRequest } from './problem.js';

/** Parses the query string with `schema`, or answers 400 naming the bad parameter. */
export function parseQuery<T extends z.ZodType>(c: Context, schema: T): z.infer<T> {
  const parsed = schema.safeParse(c.req.query());
  if (!parsed.success) throw invalidRequest(parsed.error, 'query');
  return parsed.data;
}

/** Parses a JSON body with `schema`, or answers 400 naming the bad field. */
export async function parseJsonBody<T extends z.ZodType>(c: Context, schema: T): Promise<z.infer<T>> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new ApiError(400, 'invalid_request', 'Invalid request', 'The request body must be a JSON object (Content-Type: application/json).');
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw invalidRequest(parsed.error, 'body');
  return parsed.data;
}
