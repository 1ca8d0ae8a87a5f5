import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../test-app.js';
import { readCaching, representationCache, type RepresentationLimits } from './caching.js';
import { compression } from './compression.js';

const ctx = useTestApp();

describe('conditional requests and caching', () => {
  it('answers 304 with no body when If-None-Match carries the current ETag', async () => {
    const first = await ctx.app.request('/api/pathways?lang=es');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^W\/"[0-9a-f]+"$/);
    expect(first.headers.get('cache-control')).toBe('public, max-age=300');

    const again = await ctx.app.request('/api/pathways?lang=es', { headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    expect(again.headers.get('cache-control')).toBe('public, max-age=300');
    expect(again.headers.get('x-request-id')).toBeTruthy();
  });
  it('answers in full when the representation differs (another language)', async () => {
    const etag = (await ctx.app.request('/api/pathways?lang=es')).headers.get('etag')!;
    const other = await ctx.app.request('/api/pathways?lang=fr', { headers: { 'if-none-match': etag } });
    expect(other.status).toBe(200);
    expect(other.headers.get('etag')).not.toBe(etag);
  });
  it('never lets a check answer be cached, nor the health probe', async () => {
    const check = await ctx.app.request('/api/check', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"profile": {}}' });
    expect(check.headers.get('cache-control')).toBe('no-store');
    expect(check.headers.get('etag')).toBeNull();
    expect((await ctx.app.request('/api/health')).headers.get('cache-control')).toBe('no-store');
  });
  it('does not mark errors as cacheable', async () => {
    expect((await ctx.app.request('/api/pathways/atlantis-visa')).headers.get('cache-control')).toBeNull();
  });
});

describe('answers from memory (representationCache)', () => {
  const headersOf = (res: Response) => {
    const headers = Object.fromEntries(res.headers);
    delete headers['x-request-id'];
    return headers;
  };
  it('answers a repeated read exactly as the route did, headers and body', async () => {
    const cases: [string, RequestInit][] = [['es', {}], ['pt', { headers: { 'accept-encoding': 'gzip' } }], ['fr', { headers: { origin: 'https://example.org' } }]];
    for (const [lang, init] of cases) {
      const first = await ctx.app.request(`/api/pathways?destination=CO&lang=${lang}`, init);
      const again = await ctx.app.request(`/api/pathways?destination=CO&lang=${lang}`, init);
      expect(again.status).toBe(200);
      expect(headersOf(again)).toEqual(headersOf(first));
      expect(new Uint8Array(await again.arrayBuffer())).toEqual(new Uint8Array(await first.arrayBuffer()));
    }
  });
  it('still answers 304 to a matching If-None-Match, and in full to a HEAD', async () => {
    const etag = (await ctx.app.request('/api/variables?lang=fr')).headers.get('etag')!;
    const again = await ctx.app.request('/api/variables?lang=fr', { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get('cache-control')).toBe('public, max-age=300');
    const head = await ctx.app.request('/api/variables?lang=fr', { method: 'HEAD' });
    expect([head.status, head.headers.get('etag')]).toEqual([200, etag]);
  });
  it('gives each request its own id and never keeps an error', async () => {
    const [a, b] = [await ctx.app.request('/api/pathways/co-etpv-ppt'), await ctx.app.request('/api/pathways/co-etpv-ppt')];
    expect(a.headers.get('x-request-id')).not.toBe(b.headers.get('x-request-id'));
    expect((await ctx.app.request('/api/pathways?lang=xx')).status).toBe(400);
    expect((await ctx.app.request('/api/pathways?lang=xx')).status).toBe(400);
  });
});

describe('representationCache', () => {
  /** An app whose routes count their calls, behind the cache, over a catalogue whose hash the test sets. */
  function countingApp(limits?: RepresentationLimits) {
    const state = { hash: 'h1', today: '2022-01-15', calls: 0 };
    const catalogue = { current: () => Promise.resolve({ hash: state.hash, pathways: [], byId: new Map(), loadedAt: null }) };
    const app = new Hono();
    app.use(representationCache({ catalogue, today: () => state.today }, ['/cached'], limits));
    app.get('/cached/:n', (c) => { state.calls++; return c.json({ n: c.req.param('n'), calls: state.calls, pad: 'x'.repeat(2000) }); });
    app.get('/cached/private/x', (c) => { state.calls++; return c.json({ calls: state.calls }, 200, { 'Cache-Control': 'no-store' }); });
    app.get('/elsewhere', (c) => { state.calls++; return c.json({ calls: state.calls }); });
    return { app, state };
  }
  const json = async (res: Response | Promise<Response>) => (await res).json() as Promise<{ calls: number }>;

  it('runs a route once per target, catalogue and day', async () => {
    const { app, state } = countingApp();
    expect((await json(app.request('/cached/1?a=b'))).calls).toBe(1);
    expect((await json(app.request('/cached/1?a=b'))).calls).toBe(1);
    expect((await json(app.request('/cached/1?a=c'))).calls).toBe(2);
    state.hash = 'h2';
    expect((await json(app.request('/cached/1?a=b'))).calls).toBe(3);
    state.today = '2022-01-16';
    expect((await json(app.request('/cached/1?a=b'))).calls).toBe(4);
  });
  it('leaves other paths, other methods and answers that must not be stored alone', async () => {
    const { app } = countingApp();
    expect((await json(app.request('/elsewhere'))).calls).toBe(1);
    expect((await json(app.request('/elsewhere'))).calls).toBe(2);
    expect((await json(app.request('/cached/private/x'))).calls).toBe(3);
    expect((await json(app.request('/cached/private/x'))).calls).toBe(4);
  });
  it('forgets the oldest answers beyond its limits', async () => {
    const { app } = countingApp({ entries: 2, bytes: 1_000_000 });
    for (const n of [1, 2, 3]) await app.request(`/cached/${n}`);
    expect((await json(app.request('/cached/3'))).calls).toBe(3);
    expect((await json(app.request('/cached/1'))).calls).toBe(4);
  });
  it('keeps the gzip it sends a client that prefers gzip, and says it varies', async () => {
    const { app } = countingApp();
    const res = await app.request('/cached/9', { headers: { 'accept-encoding': 'gzip, deflate' } });
    expect([res.headers.get('content-encoding'), res.headers.get('vary')]).toEqual(['gzip', 'Accept-Encoding']);
    const text = await new Response(res.body!.pipeThrough(new DecompressionStream('gzip'))).text();
    expect(JSON.parse(text)).toMatchObject({ n: '9', calls: 1 });
  });
});

describe('representationCache, behind compression and readCaching', () => {
  const catalogue = { current: () => Promise.resolve({ hash: 'h', pathways: [], byId: new Map(), loadedAt: null }) };
  /** The API's order of middleware, with or without the cache. */
  function chain(cache: boolean) {
    const app = new Hono();
    app.use(compression(), ...readCaching());
    if (cache) app.use(representationCache({ catalogue, today: () => '2022-01-15' }, ['/r']));
    app.get('/r/big', (c) => c.json({ items: Array.from({ length: 300 }, (_, i) => ({ id: i, label: 'Permiso Especial de Permanencia' })) }));
    app.get('/r/small', (c) => c.json({ ok: true }));
    return app;
  }
  const [plain, cached] = [chain(false), chain(true)];
  const decoded = async (res: Response) => (res.headers.get('content-encoding') === null ? res.text()
    : new Response(res.body!.pipeThrough(new DecompressionStream(res.headers.get('content-encoding') as 'gzip'))).text());

  it.each([undefined, 'gzip', 'deflate', 'gzip;q=0.5, deflate', 'br'])('answers as the route alone would, first and again (Accept-Encoding: %s)', async (accept) => {
    const headers: Record<string, string> = accept ? { 'accept-encoding': accept } : {};
    for (const path of ['/r/big', '/r/small']) {
      const expected = await plain.request(path, { headers });
      for (let k = 0; k < 2; k++) {
        const res = await cached.request(path, { headers });
        expect([path, res.status, Object.fromEntries(res.headers)]).toEqual([path, expected.status, Object.fromEntries(expected.headers)]);
        expect(await decoded(res)).toBe(await decoded(expected.clone()));
      }
    }
  });
});
