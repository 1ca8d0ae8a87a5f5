import { describe, expect, it } from 'vitest';
import { useTestApp } from '../test-app.js';

const ctx = useTestApp();

const origin = { origin: 'https://news.example' };

describe('CORS', () => {
  it('lets any web page read the open data, without credentials', async () => {
    const res = await ctx.app.request('/api/pathways', { headers: origin });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });
  it('allows only GET and HEAD in a preflight, so another site cannot POST a profile', async () => {
    const res = await ctx.app.request('/api/check', {
      method: 'OPTIONS', headers: { ...origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(res.status).toBe(204);
    const allowed = res.headers.get('access-control-allow-methods') ?? '';
    expect(allowed.split(',')).not.toContain('POST');
    expect(allowed).toContain('GET');
  });
  it('sends no CORS header on a POST', async () => {
    const res = await ctx.app.request('/api/check', { method: 'POST', headers: { ...origin, 'content-type': 'application/json' }, body: '{"profile": {}}' });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});
