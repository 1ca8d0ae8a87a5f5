import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test-app.js';

const ctx = useTestApp();

describe('GET /api/pathways', () => {
  it('lists the catalogue with names in the requested language', async () => {
    const res = await ctx.app.request('/api/pathways?lang=es');
    expect(res.status).toBe(200);
    const body = await res.json() as { count: number; items: { id: string; name: string; open: boolean }[] };
    expect(body.count).toBe(body.items.length);
    const etpv = body.items.find((p) => p.id === 'co-etpv-ppt');
    expect(etpv?.name).toMatch(/^Estatuto Temporal de Protección/);
    expect(etpv?.open).toBe(true); // on 2022-01-15 the first ETPV version was in force
  });
  it('filters by destination', async () => {
    const body = await (await ctx.app.request('/api/pathways?destination=CO')).json() as { items: { destinations: string[] }[] };
    expect(body.items.length).toBeGreaterThan(0);
    expect(body.items.every((p) => p.destinations.includes('CO'))).toBe(true);
  });
  it('rejects an unknown country code with a problem naming the parameter', async () => {
    const res = await ctx.app.request('/api/pathways?destination=XX');
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const problem = await res.json() as { code: string; errors: { path: string }[] };
    expect(problem.code).toBe('invalid_request');
    expect(problem.errors[0]?.path).toBe('query.destination');
  });
});

describe('GET /api/pathways/{id}', () => {
  it('returns the whole record with its sources', async () => {
    const body = await (await ctx.app.request('/api/pathways/co-etpv-ppt?lang=fr')).json() as { name: string; record: { sources: { url: string }[] } };
    expect(body.name).toMatch(/^Statut temporaire/);
    expect(body.record.sources.length).toBeGreaterThan(0);
  });
  it('answers 404 as problem+json for an unknown id', async () => {
    const res = await ctx.app.request('/api/pathways/atlantis-visa');
    expect(res.status).toBe(404);
    expect(((await res.json()) as { code: string }).code).toBe('not_found');
  });
});
