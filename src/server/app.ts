import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import type { AppDeps } from './deps.js';
import { ApiError, onError } from './problem.js';
import { checkRoutes } from './routes/check/check.js';
import { healthRoutes } from './routes/health/health.js';
import { pathwaysRoutes } from './routes/pathways/pathways.js';
import { variablesRoutes } from './routes/variables/variables.js';

/**
 * The Vías HTTP app: the JSON API under /api and, when `webRoot` is given, the web app.
 * Built on Hono: Web-standard Request/Response, so tests call `app.request()` in-process.
 *
 * @example const app = createApp({ db, variables }); await app.request('/api/pathways');
 */
export function createApp(deps: AppDeps): Hono {
  const api = new Hono()
    .route('/health', healthRoutes(deps))
    .route('/pathways', pathwaysRoutes(deps))
    .route('/check', checkRoutes(deps))
    .route('/variables', variablesRoutes(deps));
  api.notFound((c) => onError(new ApiError(404, 'not_found', 'Not found', `No API resource at ${c.req.path}.`), c));

  const app = new Hono();
  app.onError(onError);
  app.route('/api', api);
  if (deps.webRoot) {
    app.use('/*', serveStatic({ root: deps.webRoot }));
    app.get('/*', serveStatic({ root: deps.webRoot, path: 'index.html' }));
  }
  return app;
}
