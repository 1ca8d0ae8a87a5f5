import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../test-app.js';
import { rateLimit } from './rate-limit.js';

const ctx = useTestApp({ limits: { check: { limit: 2, windowMs: 30_000 } } });

const check = () => ctx.app.request('/api/check', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"profile": {}}' });

describe('rate limit on POST /api/check', () => {
  it('answers 429 problem+json with Retry-After once a client is over its limit', async () => {
    expect((await check()).status).toBe(200);
    expect((await check()).status).toBe(200);
    const res = await check();
    expect(res.status).toBe(429);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const retryAfter = Number(res.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(30);
    expect(await res.json()).toMatchObject({ status: 429, code: 'rate_limited' });
  });
  it('leaves the reads alone', async () => {
    for (let i = 0; i < 5; i++) expect((await ctx.app.request('/api/health')).status).toBe(200);
  });
});

describe('rateLimit', () => {
  const appWith = (clock: () => number) => {
    const app = new Hono();
    app.use(rateLimit({ limit: 2, windowMs: 10_000 }, clock));
    app.get('/', (c) => c.text('ok'));
    return app;
  };

  it('says how many calls are left and when the window ends, and starts afresh in the next window', async () => {
    let now = 1_000_000_004_000; // 6 s before a window of 10 s ends
    const app = appWith(() => now);
    const first = await app.request('/');
    expect([first.headers.get('ratelimit-limit'), first.headers.get('ratelimit-remaining'), first.headers.get('ratelimit-reset')]).toEqual(['2', '1', '6']);
    expect((await app.request('/')).headers.get('ratelimit-remaining')).toBe('0');
    now += 5_500;
    const refused = await app.request('/');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('1');
    now += 500;
    const next = await app.request('/');
    expect(next.status).toBe(200);
    expect([next.headers.get('ratelimit-remaining'), next.headers.get('ratelimit-reset')]).toEqual(['1', '10']);
  });
});
