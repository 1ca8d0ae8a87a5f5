import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { dataDir, readCatalogue } from '../../../catalogue/index.js';
import { checkCatalogue } from '../../../rules/index.js';
import type { Pathway } from '../../../domain/index.js';
import { useTestApp } from '../../test-app.js';
import type { FinderData } from './schema.js';

const ctx = useTestApp();
const { catalogue } = readCatalogue(dataDir());

async function finderData(query: string): Promise<FinderData> {
  const res = await ctx.app.request(`/api/finder-data${query}`);
  expect(res.status).toBe(200);
  return await res.json() as FinderData;
}

describe('GET /api/finder-data', () => {
  it('gives every question, country and pathway in the language asked', async () => {
    const data = await finderData('?lang=es');
    expect(data.lang).toBe('es');
    expect(data.generated).toBe('2022-01-15');
    expect(data.variables.map((v) => v.id)).toEqual(catalogue.variables.map((v) => v.id));
    expect(data.variables[0]).toMatchObject({ id: 'nationalities', type: 'country_list', question: '¿Cuáles son sus nacionalidades?' });
    expect(data.countries).toContain('VE');
    expect(data.countries.length).toBeGreaterThan(240);
    expect(data.pathways.map((p) => p.id).sort()).toEqual(catalogue.pathways.map((p) => p.id).sort());
    const ppt = data.pathways.find((p) => p.id === 'co-etpv-ppt');
    expect(ppt).toMatchObject({ destinations: ['CO'], type: 'temporary_protection' });
    expect(ppt?.eligibility[0]?.criteria[0]?.label).toBe('Nacional de Venezuela');
    expect((await finderData('?lang=fr')).variables[0]?.question).toBe('Quelles sont vos nationalités ?');
  });

  it('carries rules from which the engine reaches the same outcomes as on the server', async () => {
    const data = await finderData('?lang=en');
    // The engine reads a pathway's id and its dated versions; the finder builds them from this answer.
    const pathways = data.pathways.map((p) => ({
      id: p.id,
      eligibility: p.eligibility.map((v) => ({ ...v, criteria: v.criteria.map((c) => ({ ...c, label: { en: c.label, es: c.label, pt: c.label, fr: c.label }, sources: [] })) })),
    })) as unknown as Pathway[];
    const profile = { nationalities: ['VE'], current_country: 'CO', entry_date: '2019-06-10', entry_regular: false, has_criminal_record: false };
    for (const asOf of ['2021-09-01', '2023-06-01']) {
      const outcomes = (report: ReturnType<typeof checkCatalogue>) => report.results.map((r) => [r.pathway, r.outcome, r.missing]);
      expect(outcomes(checkCatalogue(pathways, profile, { asOf, lang: 'en' })))
        .toEqual(outcomes(checkCatalogue(catalogue.pathways, profile, { asOf, lang: 'en' })));
    }
  });

  it('keeps only the notes that explain unknown rules, to stay small', async () => {
    const data = await finderData('?lang=en');
    const versions = data.pathways.flatMap((p) => p.eligibility);
    expect(versions.some((v) => !v.rules_known && v.note)).toBe(true);
    expect(versions.every((v) => v.rules_known ? v.note === undefined : typeof v.note === 'string')).toBe(true);
    const res = await ctx.app.request('/api/finder-data?lang=pt', { headers: { 'accept-encoding': 'gzip' } });
    const zipped = new Uint8Array(await res.arrayBuffer());
    expect(res.headers.get('content-encoding')).toBe('gzip');
    // The finder's whole first load must stay under 120 KB compressed (issue 6): the data gets at most half.
    expect(zipped.byteLength).toBeLessThan(60_000);
    expect(JSON.parse(gunzipSync(zipped).toString('utf8'))).toMatchObject({ lang: 'pt' });
  });

  it('is a cacheable read with an ETag, answered from memory when asked again', async () => {
    const first = await ctx.app.request('/api/finder-data?lang=en');
    expect(first.headers.get('cache-control')).toBe('public, max-age=300');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^W\//);
    const again = await ctx.app.request('/api/finder-data?lang=en', { headers: { 'if-none-match': etag ?? '' } });
    expect(again.status).toBe(304);
  });

  it.each([
    ['?lang=de', 'query.lang'],
    ['?lang=en&nationalities=VE', 'query'],
  ])('answers %s with a 400 naming %s', async (query, path) => {
    const res = await ctx.app.request(`/api/finder-data${query}`);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(((await res.json()) as { errors: { path: string }[] }).errors[0]?.path).toBe(path);
  });
});
