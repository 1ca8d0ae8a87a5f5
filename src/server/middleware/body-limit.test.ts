import { describe, expect, it } from 'vitest';
import { useTestApp } from '../test-app.js';

const ctx = useTestApp({ limits: { bodyBytes: 1024 } });

const big = JSON.stringify({ profile: { note: 'x'.repeat(2000) } });

describe('request-size limit', () => {
  it('answers 413 problem+json to a body over the limit', async () => {
    const res = await ctx.app.request('/api/check', { method: 'POST', headers: { 'content-type': 'application/json' }, body: big });
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(await res.json()).toMatchObject({ status: 413, code: 'payload_too_large' });
  });
  it('counts a streamed body that declares no length', async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 4; i++) controller.enqueue(new TextEncoder().encode(big.slice(i * 600, (i + 1) * 600)));
        controller.close();
      },
    });
    const res = await ctx.app.request('/api/check', { method: 'POST', headers: { 'content-type': 'application/json' }, body: stream, duplex: 'half' } as RequestInit);
    expect(res.status).toBe(413);
  });
  it('lets a body under the limit through', async () => {
    const res = await ctx.app.request('/api/check', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"profile": {"nationalities": ["VE"]}}' });
    expect(res.status).toBe(200);
  });
});
