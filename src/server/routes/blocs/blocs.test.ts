import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test-app.js';
import type { ApiBloc } from './schema.js';

const ctx = useTestApp();

async function blocs(query = ''): Promise<ApiBloc[]> {
  const res = await ctx.app.request(`/api/blocs${query}`);
  expect(res.status).toBe(200);
  return (await res.json() as { items: ApiBloc[] }).items;
}

describe('GET /api/blocs', () => {
  it('lists MERCOSUR, the Andean Community, CA-4, CARICOM and the OECS, each membership with its status and sources', async () => {
    const all = await blocs();
    expect(all.map((b) => b.id)).toEqual(['ca4', 'can', 'caricom', 'mercosur', 'oecs']);
    const mercosur = all.find((b) => b.id === 'mercosur');
    expect(mercosur?.name_original).toEqual({ lang: 'es', text: 'Mercado Común del Sur' });
    const venezuela = mercosur?.members.find((m) => m.country === 'VE');
    expect(venezuela).toMatchObject({ name: 'Venezuela', status: 'suspended', since: '2017-08-05' });
    const cited = new Set(mercosur?.sources.map((s) => s.id));
    expect(mercosur?.members.every((m) => m.sources.length > 0 && m.sources.every((s) => cited.has(s)))).toBe(true);
  });

  it('gives names and notes in the language asked', async () => {
    const [en, es] = await Promise.all([blocs('?lang=en'), blocs('?lang=es')]);
    const chile = (list: ApiBloc[]) => list.find((b) => b.id === 'mercosur')?.members.find((m) => m.country === 'CL');
    expect(chile(en)?.note).toBe('Associated State since 1996 (Freemove).');
    expect(chile(es)?.note).toBe('Estado Asociado desde 1996 (Freemove).');
    expect(es.find((b) => b.id === 'can')?.name).not.toBe(en.find((b) => b.id === 'can')?.name);
  });

  it('keeps only the blocs a country belongs to, whatever its status', async () => {
    expect((await blocs('?country=CO')).map((b) => b.id)).toEqual(['can', 'mercosur']);
    expect(await blocs('?country=US')).toEqual([]);
  });
});
