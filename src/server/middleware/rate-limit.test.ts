import { describe, expect, it } from 'vitest';
import { useTestApp } from '../test-app.js';

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
