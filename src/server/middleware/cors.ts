import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';

/** Headers a script on another page may read from an answer, besides the CORS-safelisted ones. */
const EXPOSED = 'ETag, X-Request-Id';

/**
 * The open data can be read from any web page: `Access-Control-Allow-Origin: *` on GET and HEAD,
 * without credentials. Other methods get no CORS headers, and a preflight allows only GET and
 * HEAD, so another site's script cannot POST a profile through a visitor's browser.
 *
 * Reads get two fixed headers set on the answer; Hono's `cors()` answers only the preflights
 * (on every read it prepared its headers before the route ran, an extra copy of each answer's
 * headers: bench/api).
 */
export function readOnlyCors(): MiddlewareHandler {
  const preflight = cors({ origin: '*', allowMethods: ['GET', 'HEAD'], exposeHeaders: EXPOSED.split(', '), maxAge: 86_400 });
  return async (c, next) => {
    const method = c.req.method;
    if (method === 'OPTIONS') return preflight(c, next);
    await next();
    if (method !== 'GET' && method !== 'HEAD') return;
    c.res.headers.set('Access-Control-Allow-Origin', '*');
    c.res.headers.set('Access-Control-Expose-Headers', EXPOSED);
  };
}
