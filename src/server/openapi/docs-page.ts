import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Context, Hono } from 'hono';
import type { AppEnv } from '../env.js';
import { notFound } from '../problem.js';
import { OPENAPI_PATH } from './document.js';

export const DOCS_PATH = '/api/docs';

/**
 * Routes that serve the interactive reference to browsers; they are not API resources, so the
 * OpenAPI document leaves them out (the contract test knows them by this list).
 */
export const DOCS_ROUTES = [`GET ${DOCS_PATH}`, `GET ${DOCS_PATH}/:asset`];

const require = createRequire(import.meta.url);
const SWAGGER_UI_VERSION = (require('swagger-ui-dist/package.json') as { version: string }).version;

/** Swagger UI's settings: no validator badge (it would call validator.swagger.io), no CDN. */
const INIT_JS = `window.ui = SwaggerUIBundle({
  url: ${JSON.stringify(OPENAPI_PATH)},
  dom_id: '#swagger-ui',
  deepLinking: true,
  validatorUrl: null,
  defaultModelsExpandDepth: 0,
});
`;

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Vías API reference</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${DOCS_PATH}/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="${DOCS_PATH}/swagger-ui-bundle.js"></script>
<script src="${DOCS_PATH}/init.js"></script>
</body>
</html>
`;

/**
 * The page loads only this server's files: Swagger UI's script and stylesheet from
 * `swagger-ui-dist` (installed with the app, so the page works offline) and the document. Swagger
 * UI styles elements inline and draws icons as data: URIs; "Try it out" calls this origin.
 */
const DOCS_CSP = [
  "default-src 'none'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data:",
  "font-src 'self' data:", "connect-src 'self'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'",
].join('; ');

type Asset = { type: string; body: () => string };
const cached = (read: () => string) => {
  let text: string | undefined;
  return () => (text ??= read());
};
const fromPackage = (file: string) => cached(() => readFileSync(require.resolve(`swagger-ui-dist/${file}`), 'utf8'));
const ASSETS: Record<string, Asset> = {
  'swagger-ui.css': { type: 'text/css; charset=utf-8', body: fromPackage('swagger-ui.css') },
  'swagger-ui-bundle.js': { type: 'text/javascript; charset=utf-8', body: fromPackage('swagger-ui-bundle.js') },
  'init.js': { type: 'text/javascript; charset=utf-8', body: () => INIT_JS },
};

function serveAsset(c: Context<AppEnv, `${typeof DOCS_PATH}/:asset`>): Response {
  const name = c.req.param('asset');
  const asset = Object.hasOwn(ASSETS, name) ? ASSETS[name] : undefined;
  if (!asset) return notFound(c);
  // The files change only with the package version: a cheap ETag, and a day in caches.
  return c.body(asset.body(), 200, {
    'Content-Type': asset.type, 'Cache-Control': 'public, max-age=86400', ETag: `W/"swagger-ui-${SWAGGER_UI_VERSION}-${name}"`,
  });
}

/**
 * GET /api/docs: the interactive API reference (Swagger UI) over `/api/openapi.json`.
 *
 * @example registerDocsPage(app); // then open http://localhost:8080/api/docs
 */
export function registerDocsPage(app: Hono<AppEnv>): void {
  app.get(DOCS_PATH, (c) => c.html(PAGE, 200, { 'Content-Security-Policy': DOCS_CSP, 'Cache-Control': 'public, max-age=300' }));
  app.get(`${DOCS_PATH}/:asset`, serveAsset);
}
