import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from './test-app.js';
import { preferredLang, WEB_APP_CSP } from './web-app.js';

let ctx: Awaited<ReturnType<typeof buildTestApp>>;
beforeAll(async () => {
  const webRoot = mkdtempSync(join(tmpdir(), 'vias-web-app-'));
  mkdirSync(join(webRoot, 'assets'));
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Vías</title>');
  writeFileSync(join(webRoot, 'assets', 'main-abc123.js'), 'export {};');
  writeFileSync(join(webRoot, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(join(webRoot, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  ctx = await buildTestApp({ webRoot });
});
afterAll(async () => ctx.db.destroy());

describe('web app: routes', () => {
  it('answers a deep link with index.html under the strict CSP, never cached stale', async () => {
    const res = await ctx.app.request('/es/pathways/co-etpv-ppt?x=1');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>Vías</title>');
    expect(res.headers.get('content-security-policy')).toBe(WEB_APP_CSP);
    expect(res.headers.get('cache-control')).toBe('no-cache');
  });

  it('caches hashed assets for a year, as immutable', async () => {
    const res = await ctx.app.request('/assets/main-abc123.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('answers a missing asset with 404, not the page (a stale chunk must fail loudly)', async () => {
    const res = await ctx.app.request('/assets/gone-000.js');
    expect(res.status).toBe(404);
  });

  it('serves other files of the build, revalidated', async () => {
    const res = await ctx.app.request('/favicon.svg');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-cache');
  });

  it('serves the service worker as a script for the whole site, revalidated so a new release’s worker is found at once', async () => {
    const res = await ctx.app.request('/sw.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^(text|application)\/javascript/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('service-worker-allowed')).toBe('/');
    expect(res.headers.get('content-security-policy')).toBe(WEB_APP_CSP);
    expect(await res.text()).toContain('addEventListener');
  });

  it('leaves /api alone: an unknown API path is a 404 problem', async () => {
    const res = await ctx.app.request('/api/nowhere');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(res.headers.get('content-security-policy')).not.toBe(WEB_APP_CSP);
  });

  it('sends / to the browser’s preferred language, and old ?lang= links to theirs', async () => {
    const res = await ctx.app.request('/', { headers: { 'accept-language': 'de-DE,pt-BR;q=0.9,en;q=0.8' } });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/pt/');
    expect(res.headers.get('vary')).toContain('Accept-Language');
    expect((await ctx.app.request('/?lang=fr')).headers.get('location')).toBe('/fr/');
  });
});

describe('web app: CSP', () => {
  it('allows nothing inline, no eval and no other origin', () => {
    expect(WEB_APP_CSP).toContain("default-src 'self'");
    expect(WEB_APP_CSP).toContain("script-src 'self'");
    expect(WEB_APP_CSP).not.toMatch(/unsafe-(inline|eval)|https?:|\*/);
  });
});

describe('preferredLang', () => {
  it('takes the highest-quality catalogue language, in header order on ties', () => {
    expect(preferredLang('fr;q=0.5, es;q=0.9')).toBe('es');
    expect(preferredLang('es-CO, en')).toBe('es');
    expect(preferredLang('en;q=0, fr')).toBe('fr');
  });
  it('falls back to English for no header or none of ours', () => {
    expect(preferredLang(undefined)).toBe('en');
    expect(preferredLang('de, ja;q=0.8')).toBe('en');
  });
  it('prefers an explicit, valid ?lang=', () => {
    expect(preferredLang('es', 'pt')).toBe('pt');
    expect(preferredLang('es', 'xx')).toBe('es');
  });
});
