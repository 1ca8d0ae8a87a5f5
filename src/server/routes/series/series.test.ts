import { describe, expect, it } from 'vitest';
import { dataDir, readStatistics } from '../../../catalogue/index.js';
import { useTestApp } from '../../test-app.js';
import type { Series } from './schema.js';
import { SERIES_TEXTS } from './series-texts.js';

const ctx = useTestApp({ statistics: 'sample' });

async function get<T>(url: string): Promise<{ status: number; body: T }> {
  const res = await ctx.app.request(url);
  return { status: res.status, body: await res.json() as T };
}
const indicators = async (query: string) => (await get<{ items: Series[] }>(`/api/series${query}`)).body.items.map((s) => s.indicator);

describe('GET /api/series', () => {
  it('lists every series of series.yaml with its source, licence, unit, measure and the periods it covers', async () => {
    const { body } = await get<{ count: number; items: Series[] }>('/api/series');
    expect(body.count).toBe(28);
    expect(body.items).toHaveLength(28);
    const cbp = body.items.find((s) => s.indicator === 'cbp.sw_border_encounters');
    expect(cbp).toMatchObject({
      unit: 'encounters', frequency: 'monthly', measure: 'flow', period: { first: '2022-10', last: '2023-09' },
      source: { publisher: 'U.S. Customs and Border Protection', url: 'https://www.cbp.gov/document/stats/nationwide-encounters' },
      licence: { id: 'other-pd' },
    });
    // The test sample holds no UN DESA rows: a series without observations covers no period.
    expect(body.items.find((s) => s.indicator === 'undesa.migrant_stock')?.period).toEqual({ first: null, last: null });
  });

  it('narrows the list by origin, location, frequency and measure, and widens it with several values of one filter', async () => {
    const all = await indicators('');
    const monthlyInPanama = await indicators('?location=PAN&frequency=monthly');
    expect(monthlyInPanama).toEqual(['darien.transits.boys', 'darien.transits.girls', 'darien.transits.men', 'darien.transits.women']);
    expect(await indicators('?location=PAN&frequency=monthly,mixed')).toEqual(['darien.transits', ...monthlyInPanama]);
    expect(await indicators('?location=PAN,USA&frequency=monthly')).toEqual(['cbp.sw_border_encounters', ...monthlyInPanama]);
    expect(await indicators('?origin=VEN&location=USA&measure=flow')).toEqual(['cbp.sw_border_encounters']);
    expect((await indicators('?location=PAN')).length).toBeLessThan(all.length);
    const stocks = await indicators('?measure=stock');
    expect(stocks).toContain('unhcr.refugees');
    expect(stocks).not.toContain('darien.transits');
    expect(stocks.length + (await indicators('?measure=flow')).length).toBe(all.length);
  });

  it('rejects a two-letter origin and an unknown filter as a problem naming the parameter', async () => {
    const res = await ctx.app.request('/api/series?origin=VEN,VE');
    expect(res.status).toBe(400);
    expect((await res.json() as { errors: { path: string }[] }).errors[0]?.path).toBe('query.origin.1');
    expect((await ctx.app.request('/api/series?nationality=VEN')).status).toBe(400);
  });
});

describe('GET /api/series/{indicator}', () => {
  it('gives the title and description in the language asked, marking translations awaiting review', async () => {
    const texts = await Promise.all(['en', 'es', 'pt', 'fr'].map(async (lang) => (await get<Series>(`/api/series/unhcr.refugees?lang=${lang}`)).body));
    expect(new Set(texts.map((s) => s.title)).size).toBe(4);
    expect(new Set(texts.map((s) => s.description)).size).toBe(4);
    expect(texts[1]).toMatchObject({ title: 'Personas refugiadas bajo el mandato del ACNUR, a fin de año', text_lang: 'es', draft_translation: true });
    expect(texts[0]).toMatchObject({ title: "Refugees under UNHCR's mandate, end of year", text_lang: 'en', draft_translation: false });
  });

  it('has a Spanish, Portuguese and French text for every series of series.yaml', () => {
    const { statistics } = readStatistics(dataDir(), []);
    expect(statistics.series.map((s) => s.indicator).filter((i) => !SERIES_TEXTS[i])).toEqual([]);
    expect(Object.keys(SERIES_TEXTS).filter((i) => !statistics.series.some((s) => s.indicator === i))).toEqual([]);
  });

  it('answers 404 as a problem naming the path for an unknown indicator', async () => {
    const { status, body } = await get<{ code: string; errors: { path: string }[] }>('/api/series/darien.crossings');
    expect(status).toBe(404);
    expect(body.code).toBe('not_found');
    expect(body.errors[0]?.path).toBe('path.indicator');
  });
});
