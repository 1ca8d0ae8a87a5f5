import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono, MiddlewareHandler } from 'hono';
import { LANGS, type Lang } from '../domain/lang.js';
import type { AppEnv } from './env.js';

/**
 * The web app's Content-Security-Policy: everything from this origin only, no inline scripts or
 * styles, no eval (the rules engine compiles to closures, not code strings), no framing. Preact
 * sets `style` through the CSSOM, which a CSP does not govern, so 'unsafe-inline' is not needed.
 */
export const WEB_APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Vite names every built asset by its content hash, so a URL under /assets never changes meaning. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (index.html above all) is revalidated, so a new release is seen at once. */
const REVALIDATE = 'no-cache';

/**
 * The language a visitor of `/` is sent to: an old `?lang=` link first, then the first
 * catalogue language of `Accept-Language` by quality (RFC 9110 §12.5.4), else English.
 *
 * @example preferredLang('pt-BR,pt;q=0.9,en;q=0.8') // 'pt'
 */
export function preferredLang(acceptLanguage: string | undefined, asked?: string | null): Lang {
  if (asked && (LANGS as readonly string[]).includes(asked)) return asked as Lang;
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, order) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { lang: tag.trim().slice(0, 2).toLowerCase(), q: q ? Number(q.slice(2)) : 1, order };
    })
    .filter((r) => r.q > 0 && !Number.isNaN(r.q))
    .sort((a, b) => b.q - a.q || a.order - b.order);
  return (ranked.find((r) => (LANGS as readonly string[]).includes(r.lang))?.lang as Lang | undefined) ?? 'en';
}

/** Paths the web app never answers: the API keeps its own 404 problems. */
const isApi = (path: string) => path === '/api' || path.startsWith('/api/');

function onlyOutsideApi(handler: MiddlewareHandler<AppEnv>): MiddlewareHandler<AppEnv> {
  return (c, next) => (isApi(c.req.path) ? next() : handler(c, next));
}

/**
 * `serveStatic` with `headers` on the files it finds. (Its `onFound` hook runs after the
 * Response is built, too late to add headers; a file not found falls through untouched.)
 */
function staticFiles(options: { root: string; path?: string }, headers: Record<string, string>): MiddlewareHandler<AppEnv> {
  const serve = serveStatic<AppEnv>(options);
  return async (c, next) => {
    const found = await serve(c, next);
    if (found instanceof Response) for (const [name, value] of Object.entries(headers)) found.headers.set(name, value);
    return found;
  };
}

/**
 * Mounts the built web app (`dist/web`) on `app`: `/` redirects to the visitor's language
 * (`/es/`…), hashed assets are cached for a year, and every other path outside `/api` that is
 * not a file gets index.html (the client-side router draws the page), all under `WEB_APP_CSP`;
 * `/sw.js`, the service worker, is never cached stale.
 * Unknown `/assets/…` stay 404, so a stale chunk is never answered with HTML.
 *
 * @example if (deps.webRoot) registerWebApp(app, deps.webRoot);
 */
export function registerWebApp(app: Hono<AppEnv>, webRoot: string): void {
  const page = { 'Cache-Control': REVALIDATE, 'Content-Security-Policy': WEB_APP_CSP };
  app.get('/', (c) => {
    c.header('Cache-Control', REVALIDATE);
    c.header('Vary', 'Accept-Language');
    return c.redirect(`/${preferredLang(c.req.header('accept-language'), c.req.query('lang'))}/`, 302);
  });
  app.use('/assets/*', staticFiles({ root: webRoot }, { 'Cache-Control': IMMUTABLE }));
  // The finder's offline worker (built by src/web/sw/): revalidated at every registration check
  // so a release's new worker is found at once; its scope is the whole site.
  app.use('/sw.js', staticFiles({ root: webRoot }, { ...page, 'Service-Worker-Allowed': '/' }));
  app.use('/*', onlyOutsideApi(staticFiles({ root: webRoot }, page)));
  const index = staticFiles({ root: webRoot, path: 'index.html' }, page);
  app.get('/*', onlyOutsideApi((c, next) => (c.req.path.startsWith('/assets/') ? next() : index(c, next))));
}
