import { describe, expect, it } from 'vitest';
import type { LogRecord } from '../logger.js';
import { useTestApp } from '../test-app.js';

const records: LogRecord[] = [];
const ctx = useTestApp({ logger: (r) => records.push(r) });

describe('request ids', () => {
  it('echoes a sane X-Request-Id, and logs the request under it', async () => {
    const res = await ctx.app.request('/api/health', { headers: { 'x-request-id': 'client-1234_abc=' } });
    expect(res.headers.get('x-request-id')).toBe('client-1234_abc=');
    expect(records.at(-1)).toMatchObject({ msg: 'request', request_id: 'client-1234_abc=' });
  });
  it('replaces an id that is too long or has odd characters with a fresh UUID', async () => {
    for (const sent of ['x'.repeat(65), 'a b', 'id;drop', '../x']) {
      const echoed = (await ctx.app.request('/api/health', { headers: { 'x-request-id': sent } })).headers.get('x-request-id');
      expect(echoed).toMatch(/^[0-9a-f-]{36}$/);
    }
  });
  it('gives an id to every answer, errors included', async () => {
    const res = await ctx.app.request('/api/pathways?destination=XX');
    expect(res.status).toBe(400);
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
