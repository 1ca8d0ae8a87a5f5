import { describe, expect, it } from 'vitest';
import type { Comparison } from '../../../analytics/index.js';
import { useTestApp } from '../../test-app.js';

const ctx = useTestApp();

type Problem = { code: string; errors: { path: string; message: string }[] };
async function compare(query: string, status = 200) {
  const res = await ctx.app.request(`/api/compare?${query}`);
  expect(res.status).toBe(status);
  return res;
}
const table = async (query: string) => await (await compare(query)).json() as Comparison;
const row = (t: Comparison, path: string) => t.rows.find((r) => r.path === path);

describe('GET /api/compare', () => {
  it('puts the pathways side by side on every attribute, in the order asked', async () => {
    const t = await table('ids=co-etpv-ppt,pe-cpp-2023,us-tps-venezuela');
    expect(t.pathways.map((p) => p.id)).toEqual(['co-etpv-ppt', 'pe-cpp-2023', 'us-tps-venezuela']);
    expect(t.rows.length).toBeGreaterThan(20);
    for (const r of t.rows) expect(r.cells.map((c) => c.pathway)).toEqual(['co-etpv-ppt', 'pe-cpp-2023', 'us-tps-venezuela']);
  });

  it('marks where they differ and where they agree', async () => {
    const t = await table('ids=co-etpv-ppt,pe-cpp-2023');
    expect(row(t, 'type')?.comparison).toBe('different'); // temporary protection, regularization
    expect(row(t, 'destinations')?.comparison).toBe('different');
    expect(row(t, 'status_granted')?.comparison).toBe('same'); // both temporary
    const same = await table('ids=co-etpv-ppt,co-pep');
    expect(row(same, 'type')?.comparison).toBe('different');
    expect(row(same, 'destinations')).toMatchObject({ comparison: 'same', cells: [{ value: ['CO'] }, { value: ['CO'] }] });
  });

  it('speaks the requested language and says when no source states a value', async () => {
    const t = await table('ids=co-etpv-ppt,pe-cpp-2023&lang=es');
    expect(row(t, 'type')?.label).toBe('Tipo');
    expect(row(t, 'type')?.cells.map((c) => c.text)).toEqual(['Protección temporal', 'Regularización']);
    expect(row(t, 'rights.health')?.cells[0]).toMatchObject({ known: false, value: null, text: 'Desconocido' });
  });

  it('cites, for each value, sources listed with its pathway', async () => {
    const t = await table('ids=co-etpv-ppt,us-tps-venezuela');
    t.pathways.forEach((p, i) => {
      const listed = new Set(p.sources.map((s) => s.id));
      for (const r of t.rows) for (const id of r.cells[i]?.sources ?? []) expect(listed).toContain(id);
    });
  });

  it('answers 404 naming every id the catalogue does not have, with a suggestion', async () => {
    const problem = await (await compare('ids=co-pep,co-etpv-pt,atlantis-visa', 404)).json() as Problem;
    expect(problem.code).toBe('not_found');
    expect(problem.errors).toEqual([
      { path: 'query.ids', message: "no pathway has the id 'co-etpv-pt'; did you mean 'co-etpv-ppt'?" },
      { path: 'query.ids', message: "no pathway has the id 'atlantis-visa'" },
    ]);
  });

  it.each([
    ['ids=co-etpv-ppt', 'one id'],
    ['ids=co-pep,co-etpv-ppt,pe-cpp-2023,pe-ptp,us-tps-venezuela', 'five ids'],
    ['ids=co-pep,co-etpv-ppt,co-pep', 'a repeated id'],
    ['ids=co-pep,Not_An_Id', 'an id that is not kebab-case'],
    ['lang=es', 'no ids'],
  ])('answers %s (%s) with a 400 naming query.ids', async (query) => {
    const problem = await (await compare(query, 400)).json() as Problem;
    expect(problem.errors[0]?.path).toMatch(/^query\.ids/);
  });

  it('says which id is repeated', async () => {
    const problem = await (await compare('ids=co-pep,co-etpv-ppt,co-pep', 400)).json() as Problem;
    expect(problem.errors[0]?.message).toContain("'co-pep'");
  });
});
