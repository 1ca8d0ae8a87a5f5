import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The open data can be read from any web page: `Access-Control-Allow-Origin: *` on GET and HEAD,
 * without credentials. Other methods get no CORS headers, and a preflight allows only GET and
 * HEAD, so another site's script cannot POST a profile through a visitor's browser.
 */
export function readOnlyCors(): MiddlewareHandler {
  const allowReads = cors({ origin: '*', allowMethods: ['GET', 'HEAD'], exposeHeaders: ['ETag', 'X-Request-Id'], maxAge: 86_400 });
  return (c, next) => (READ_METHODS.has(c.req.method) ? allowReads(c, next) : next());
}
