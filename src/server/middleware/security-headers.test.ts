import { describe, expect, it } from 'vitest';
import { useTestApp } from '../test-app.js';
import { API_SECURITY_HEADERS, SITE_SECURITY_HEADERS } from './security-headers.js';

const ctx = useTestApp();

describe('security headers', () => {
  it('forbids sniffing, framing and loading anything from a JSON answer', async () => {
    const res = await ctx.app.request('/api/pathways');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
  });
  it('sends an API answer the REST set, and a page of the site the document set', async () => {
    const api = (await ctx.app.request('/api/pathways')).headers;
    expect(Object.fromEntries(API_SECURITY_HEADERS.map(([name]) => [name, api.get(name)]))).toEqual(Object.fromEntries(API_SECURITY_HEADERS));
    expect(api.get('cross-origin-opener-policy')).toBeNull();
    const site = (await ctx.app.request('/no-such-page')).headers;
    expect(Object.fromEntries(SITE_SECURITY_HEADERS.map(([name]) => [name, site.get(name)]))).toEqual(Object.fromEntries(SITE_SECURITY_HEADERS));
    expect(site.get('x-frame-options')).toBe('SAMEORIGIN');
  });
  it('gives the API reference page its own policy: this origin only', async () => {
    const csp = (await ctx.app.request('/api/docs')).headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/https?:/);
  });
});

describe('compression', () => {
  it('gzips a large answer for a client that accepts it', async () => {
    const plain = await (await ctx.app.request('/api/pathways?limit=100')).text();
    const res = await ctx.app.request('/api/pathways?limit=100', { headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    const zipped = new Uint8Array(await res.arrayBuffer());
    expect(zipped.length).toBeLessThan(plain.length / 3);
    const unzipped = await new Response(new Blob([zipped]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
    expect(unzipped).toBe(plain);
  });
  it('leaves the answer plain for a client that does not', async () => {
    expect((await ctx.app.request('/api/pathways')).headers.get('content-encoding')).toBeNull();
  });
});
