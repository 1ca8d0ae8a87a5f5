import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test-app.js';
import type { ApiCountry } from './schema.js';

const ctx = useTestApp();

async function countries(query = ''): Promise<ApiCountry[]> {
  const res = await ctx.app.request(`/api/countries${query}`);
  expect(res.status).toBe(200);
  const body = await res.json() as { count: number; items: ApiCountry[] };
  expect(body.count).toBe(body.items.length);
  return body.items;
}

describe('GET /api/countries', () => {
  it('lists every ISO 3166-1 country with its codes, UN M49 regions and the blocs it belongs to', async () => {
    const all = await countries();
    expect(all.length).toBeGreaterThan(240);
    expect(all.find((c) => c.code === 'VE')).toEqual({
      code: 'VE', alpha3: 'VEN', numeric: '862', name: 'Venezuela',
      region: { code: '019', name: 'Americas' }, subregion: { code: '419', name: 'Latin America and the Caribbean' }, intermediate_region: { code: '005', name: 'South America' },
      blocs: [{ id: 'mercosur', name: 'Southern Common Market (MERCOSUR)', status: 'suspended', since: '2017-08-05' }],
    });
  });

  it('names countries and blocs in the language asked', async () => {
    const name = async (lang: string, code: string) => (await countries(`?lang=${lang}`)).find((c) => c.code === code);
    expect((await name('en', 'DE'))?.name).toBe('Germany');
    expect((await name('es', 'DE'))?.name).toBe('Alemania');
    expect((await name('fr', 'DE'))?.name).toBe('Allemagne');
    expect((await name('pt', 'BR'))?.blocs.find((b) => b.id === 'mercosur')?.name).toBe('Mercado Comum do Sul (MERCOSUL)');
  });

  it('narrows the list to a UN M49 area at any level, or to the members of a bloc', async () => {
    const caribbean = await countries('?region=029');
    expect(caribbean.map((c) => c.code)).toContain('JM');
    expect(caribbean.every((c) => c.intermediate_region?.code === '029')).toBe(true);
    expect((await countries('?region=19')).length).toBe((await countries('?region=019')).length);
    expect((await countries('?bloc=ca4')).map((c) => c.code)).toEqual(['GT', 'HN', 'NI', 'SV']);
  });

  it('rejects an unknown bloc, suggesting the nearest id', async () => {
    const res = await ctx.app.request('/api/countries?bloc=mercosul');
    expect(res.status).toBe(400);
    const problem = await res.json() as { errors: { path: string; message: string }[] };
    expect(problem.errors[0]).toMatchObject({ path: 'query.bloc', message: expect.stringContaining("did you mean 'mercosur'?") });
  });
});
