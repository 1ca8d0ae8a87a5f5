import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from './test-app.js';

let ctx: Awaited<ReturnType<typeof buildTestApp>> & { webRoot: string };
beforeAll(async () => {
  const webRoot = mkdtempSync(join(tmpdir(), 'vias-web-'));
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>Vías</title>');
  ctx = { ...(await buildTestApp({ webRoot })), webRoot };
});
afterAll(async () => ctx.db.destroy());

describe('createApp with the web app', () => {
  it('serves the web app for its own routes', async () => {
    const res = await ctx.app.request('/pathway/co-etpv-ppt');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>Vías</title>');
  });
  it('answers an unknown API path with a 404 problem, not the web page', async () => {
    const res = await ctx.app.request('/api/pathway');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(await res.json()).toMatchObject({ code: 'not_found', detail: 'No API resource at /api/pathway.' });
  });
  it('answers a method a route does not take with a 404 problem', async () => {
    const res = await ctx.app.request('/api/pathways', { method: 'DELETE' });
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
  });
});

describe('request logs with the web app mounted', () => {
  it('name the API route that answered, not the web app’s catch-all', async () => {
    const routes: string[] = [];
    const app = await buildTestApp({ webRoot: ctx.webRoot, logger: (r) => routes.push(r.route) });
    await app.app.request('/api/pathways/co-etpv-ppt?lang=es');
    await app.app.request('/somewhere');
    expect(routes).toEqual(['/api/pathways/:id', '/*']);
    await app.db.destroy();
  });
});
