import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

/**
 * Hono's default security headers (nosniff, no-referrer, SAMEORIGIN framing, COOP…) on every
 * answer. `overwrite: false` lets a route that needs its own policy (the API reference page)
 * keep it.
 */
export function securityHeaders(): MiddlewareHandler {
  return secureHeaders({ overwrite: false });
}

/**
 * For JSON answers: nothing may be loaded or framed, whatever a browser makes of the body; and
 * the open data may be read from any origin (Cross-Origin-Resource-Policy: cross-origin).
 */
export function apiSecurityHeaders(): MiddlewareHandler {
  return secureHeaders({
    overwrite: false,
    contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
    crossOriginResourcePolicy: 'cross-origin',
  });
}
