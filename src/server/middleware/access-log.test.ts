import { describe, expect, it } from 'vitest';
import type { LogRecord } from '../logger.js';
import { buildTestApp, useTestApp } from '../test-app.js';

const records: LogRecord[] = [];
const ctx = useTestApp({ logger: (r) => records.push(r) });

describe('structured request logs', () => {
  it('writes one record per request: id, method, route pattern, status, duration', async () => {
    records.length = 0;
    await ctx.app.request('/api/pathways/co-etpv-ppt?lang=es');
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ msg: 'request', method: 'GET', route: '/api/pathways/:id', status: 200 });
    expect(records[0]).toHaveProperty('request_id');
    expect((records[0] as { duration_ms: number }).duration_ms).toBeGreaterThanOrEqual(0);
  });

  it('never logs query values, bodies or a profile', async () => {
    records.length = 0;
    await ctx.app.request('/api/pathways?destination=CO&lang=pt');
    await ctx.app.request('/api/check', {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ profile: { nationalities: ['VE'], birth_date: '1987-03-14', entry_dat: 'SECRET-MARKER' } }),
    });
    expect(records.map((r) => r.msg)).toEqual(['request', 'request']);
    const logged = JSON.stringify(records);
    for (const secret of ['destination', 'CO', 'lang', 'pt', 'VE', '1987-03-14', 'SECRET-MARKER', 'entry_dat', 'profile']) {
      expect(logged).not.toContain(secret);
    }
    expect(records.map((r) => r.route)).toEqual(['/api/pathways', '/api/check']);
  });

  it('logs an unexpected failure with its stack, and answers a bare 500', async () => {
    const broken = await buildTestApp({ logger: (r) => records.push(r) });
    await broken.db.destroy();
    records.length = 0;
    const res = await broken.app.request('/api/pathways?destination=CO');
    expect(res.status).toBe(500);
    const problem = await res.json() as Record<string, unknown>;
    expect(problem).toEqual({ type: 'https://vias.example/problems/internal', title: 'Internal error', status: 500, detail: 'Something went wrong on our side.', code: 'internal' });
    expect(records.map((r) => r.msg)).toEqual(['error', 'request']);
    expect(records[0]).toMatchObject({ route: '/api/pathways', stack: expect.stringContaining('at ') as unknown });
    expect(JSON.stringify(records)).not.toContain('destination');
  });
});
