import { describe, expect, it } from 'vitest';
import { useTestApp } from '../test-app.js';

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
