import { describe, expect, it } from 'vitest';
import { dataDir, readCatalogue } from '../../../catalogue/index.js';
import { buildTestApp, useTestApp } from '../../test-app.js';
import type { PathwayList } from '../pathways/schema.js';
import type { CoverageResponse } from './schema.js';

const ctx = useTestApp();

async function matrix(query: string, app = ctx.app): Promise<CoverageResponse> {
  const res = await app.request(`/api/coverage?${query}`);
  expect(res.status).toBe(200);
  return await res.json() as CoverageResponse;
}
const cell = (m: CoverageResponse, nationality: string, destination: string) =>
  m.cells.find((c) => c.nationality === nationality && c.destination === destination)?.pathways.map((p) => p.id) ?? [];

describe('GET /api/coverage', () => {
  it('shows what a Venezuelan could use in Colombia while the ETPV was open, and not after it closed', async () => {
    expect(cell(await matrix('as_of=2023-06-11&nationalities=VE'), 'VE', 'CO')).toContain('co-etpv-ppt');
    expect(cell(await matrix('as_of=2024-06-01&nationalities=VE'), 'VE', 'CO')).not.toContain('co-etpv-ppt'); // closed 2023-11-24
  });

  it('looks at today by default', async () => {
    expect((await matrix('nationalities=VE')).as_of).toBe('2022-01-15');
    const later = await buildTestApp({ today: () => '2025-01-01' });
    try {
      const today = await matrix('nationalities=VE', later.app);
      const then = await matrix('nationalities=VE&as_of=2023-06-11', later.app);
      expect(today.as_of).toBe('2025-01-01');
      expect(cell(today, 'VE', 'CO')).not.toContain('co-etpv-ppt');
      expect(cell(then, 'VE', 'CO')).toContain('co-etpv-ppt');
    } finally {
      await later.db.destroy();
    }
  });

  it('leaves out a pathway whose criteria rule the nationality out', async () => {
    const m = await matrix('as_of=2022-06-01&nationalities=AR,HT,VE');
    expect(cell(m, 'HT', 'CO')).not.toContain('co-etpv-ppt');
    expect(cell(m, 'AR', 'BR')).toContain('mercosur-residence-agreement');
    expect(cell(m, 'VE', 'BR')).not.toContain('mercosur-residence-agreement');
  });

  it('agrees with the search by nationality, destination and date', async () => {
    const m = await matrix('as_of=2022-06-01&nationalities=VE,NI');
    for (const [n, d] of [['VE', 'CO'], ['VE', 'PE'], ['NI', 'CR'], ['VE', 'US']] as const) {
      const page = await (await ctx.app.request(`/api/pathways?nationality=${n}&destination=${d}&open_on=2022-06-01&limit=100`)).json() as PathwayList;
      expect(cell(m, n, d).sort(), `${n} → ${d}`).toEqual(page.items.map((p) => p.id).sort());
    }
  });

  it('has the rows asked for, every destination as a column, and no country for its own nationals', async () => {
    const m = await matrix('as_of=2022-06-01&nationalities=VE,HT,VE');
    expect(m.nationalities).toEqual(['HT', 'VE']);
    expect(m.destinations).toContain('CO');
    expect(m.cells.filter((c) => c.nationality === c.destination)).toEqual([]);
    for (const c of m.cells) expect(c.count).toBe(c.pathways.length);
  });

  it('defaults its rows to every nationality the criteria name', async () => {
    expect((await matrix('as_of=2022-06-01')).nationalities).toEqual(expect.arrayContaining(['VE', 'HT', 'NI', 'CU', 'AR']));
  });

  it('says from which day the catalogue has rules in force, whatever the date asked', async () => {
    const first = readCatalogue(dataDir()).catalogue.pathways.flatMap((p) => p.eligibility.map((v) => v.valid_from)).sort()[0];
    expect((await matrix('as_of=2022-06-01&nationalities=VE')).since).toBe(first);
    expect((await matrix('as_of=1900-01-01&nationalities=VE')).since).toBe(first);
  });

  it('names the countries in the requested language', async () => {
    const m = await matrix('as_of=2022-06-01&nationalities=HT&lang=es');
    expect(m.country_names.HT).toBe('Haití');
    expect(m.country_names.US).toBe('Estados Unidos');
    expect(Object.keys(m.country_names).sort()).toEqual([...new Set([...m.nationalities, ...m.destinations])].sort());
  });

  it.each([
    ['as_of=2023-02-30', 'query.as_of'],
    ['nationalities=VE,XX', 'query.nationalities.1'],
    ['destination=CO', 'query'],
  ])('answers %s with a 400 naming %s', async (query, path) => {
    const res = await ctx.app.request(`/api/coverage?${query}`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: { path: string }[] }).errors[0]?.path).toBe(path);
  });
});
