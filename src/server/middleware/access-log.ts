import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { AppEnv } from '../env.js';
import type { Logger } from '../logger.js';

/**
 * One log record per request: its id, method, the route *pattern* that answered
 * (`/api/pathways/:id`, never the URL with its query values), status and duration. Bodies,
 * query values and headers are never logged: a profile is personal data.
 */
export function accessLog(logger: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const start = performance.now();
    await next();
    logger({
      msg: 'request',
      request_id: c.get('requestId'),
      method: c.req.method,
      // After next(), the route index points at the handler that answered (for a 404, at the
      // last middleware that ran): a pattern, never the URL.
      route: routePath(c),
      status: c.res.status,
      duration_ms: Math.round((performance.now() - start) * 100) / 100,
    });
  };
}
