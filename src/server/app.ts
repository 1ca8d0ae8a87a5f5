import { OpenAPIHono } from '@hono/zod-openapi';
import { resolveDeps, type AppDeps } from './deps.js';
import type { AppEnv } from './env.js';
import { accessLog } from './middleware/access-log.js';
import { bodyLimit } from './middleware/body-limit.js';
import { readCaching, representationCache } from './middleware/caching.js';
import { compression } from './middleware/compression.js';
import { readOnlyCors } from './middleware/cors.js';
import { requestId } from './middleware/request-id.js';
import { securityHeaders } from './middleware/security-headers.js';
import { registerDocsPage } from './openapi/docs-page.js';
import { registerOpenApiDocument } from './openapi/document.js';
import { errorHandler, notFound } from './problem.js';
import { apiRoutes } from './routes/index.js';
import { registerWebApp } from './web-app.js';

/**
 * The Vías HTTP app: the JSON API under /api (described at /api/openapi.json, browsable at
 * /api/docs) and, when `webRoot` is given, the web app. Built on Hono: Web-standard
 * Request/Response, so tests call `app.request()` in-process.
 *
 * @example const app = createApp({ db, variables }); await app.request('/api/pathways');
 */
export function createApp(appDeps: AppDeps): OpenAPIHono<AppEnv> {
  const deps = resolveDeps(appDeps);
  const app = new OpenAPIHono<AppEnv>();
  app.onError(errorHandler(deps.logger));
  app.notFound(notFound);

  // Outermost first: every answer, errors included, has an id, a log line and security headers.
  app.use(requestId(), accessLog(deps.logger), securityHeaders(), compression());
  app.use('/api/*', readOnlyCors(), bodyLimit(deps.limits.bodyBytes), ...readCaching());
  // Reads that depend only on the catalogue in memory, the date and the URL are answered from
  // memory when asked again (caching.ts says which routes may be listed here).
  app.use('/api/*', representationCache(deps, ['/api/pathways', '/api/variables', '/api/finder-data']));

  app.route('/api', apiRoutes(deps));
  registerOpenApiDocument(app);
  registerDocsPage(app);

  if (deps.webRoot) registerWebApp(app, deps.webRoot);
  return app;
}
