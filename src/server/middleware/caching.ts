import type { MiddlewareHandler } from 'hono';
import { etag, RETAINED_304_HEADERS } from 'hono/etag';

/** Reads may be cached this long (seconds) unless the route says otherwise. */
const READ_MAX_AGE = 300;

/**
 * `ETag` on every successful read, answering `If-None-Match` with 304, and `Cache-Control:
 * public, max-age=300` unless the route set its own (health and POST /check say `no-store`).
 * The ETag is weak because compression changes the bytes but not the meaning (RFC 9110 §8.8.1).
 */
export function readCaching(): MiddlewareHandler[] {
  const cacheControl: MiddlewareHandler = async (c, next) => {
    await next();
    if ((c.req.method === 'GET' || c.req.method === 'HEAD') && c.res.ok && !c.res.headers.has('Cache-Control')) {
      c.res.headers.set('Cache-Control', `public, max-age=${READ_MAX_AGE}`);
    }
  };
  // A 304 keeps the headers a client needs to match it to its request and its cached copy.
  const retainedHeaders = [...RETAINED_304_HEADERS, 'x-request-id', 'access-control-allow-origin', 'access-control-expose-headers'];
  return [etag({ weak: true, retainedHeaders }), cacheControl];
}
