import { expect, it } from 'vitest';
import type { Observation, SeriesInfo } from '../domain/index.js';
import { aggregateSeries, getSeries, listSeries, loadStatistics, queryObservations, SeriesQueryError, type AggregateOptions } from './index.js';
import { describeEachBackend } from './test-backends.js';

const seriesInfo = (indicator: string, frequency: SeriesInfo['frequency'], unit = 'persons'): SeriesInfo => ({
  indicator, title: indicator, description: `Test series ${indicator}`, unit, frequency, publisher: 'Test publisher',
  url: 'https://example.org/', licence: 'test', licence_id: 'notspecified', via: null, published: null,
});
const months = (from: string, count: number) => Array.from({ length: count }, (_, i) => {
  const d = new Date(Date.UTC(Number(from.slice(0, 4)), Number(from.slice(5, 7)) - 1 + i, 1));
  return d.toISOString().slice(0, 7);
});
const obs = (indicator: string, origin: string | null, location: string | null, period: string, value: number): Observation => ({ indicator, origin, location, period, value });

// Darién-like (yearly totals to 2019, then months), CBP-like (months, no origin before FY2020), UNHCR-like (an annual stock).
const series = [seriesInfo('darien.transits', 'mixed'), seriesInfo('cbp.sw_border_encounters', 'monthly', 'encounters'), seriesInfo('unhcr.refugees', 'annual')];
const observations: Observation[] = [
  obs('darien.transits', 'VEN', 'PAN', '2018', 50), obs('darien.transits', 'VEN', 'PAN', '2019', 60),
  ...months('2020-01', 24).flatMap((m, i) => [obs('darien.transits', 'VEN', 'PAN', m, 10 + i), obs('darien.transits', 'HTI', 'PAN', m, 1)]),
  ...months('2019-07', 6).map((m) => obs('cbp.sw_border_encounters', null, 'USA', m, 100)),
  ...months('2020-01', 21).flatMap((m) => [obs('cbp.sw_border_encounters', 'MEX', 'USA', m, 20), obs('cbp.sw_border_encounters', 'VEN', 'USA', m, 5)]),
  obs('unhcr.refugees', 'VEN', 'COL', '2021', 1000), obs('unhcr.refugees', 'VEN', 'PER', '2021', 500), obs('unhcr.refugees', 'COL', 'ECU', '2021', 70),
  obs('unhcr.refugees', 'VEN', 'COL', '2022', 1200), obs('unhcr.refugees', 'VEN', 'PER', '2022', 600), obs('unhcr.refugees', 'COL', 'ECU', '2022', 80),
];

async function refusal(run: Promise<unknown>): Promise<[string, string, string] | undefined> {
  try {
    await run;
  } catch (e) {
    if (e instanceof SeriesQueryError) return [e.code, e.field, e.message];
    throw e;
  }
  return undefined;
}

describeEachBackend('store series queries', (getDb) => {
  const aggregate = (indicator: string, options: AggregateOptions) => aggregateSeries(getDb(), indicator, options);

  it('lists the series catalogue with citation fields, measure and time span, filtered by indicator, origin, location and frequency', async () => {
    const all = await listSeries(getDb());
    expect(all.map((s) => s.indicator)).toEqual(['cbp.sw_border_encounters', 'darien.transits', 'unhcr.refugees']);
    expect(all[2]).toMatchObject({ publisher: 'Test publisher', licence_id: 'notspecified', measure: 'stock', first_period: '2021', last_period: '2022' });
    const names = async (filter: Parameters<typeof listSeries>[1]) => (await listSeries(getDb(), filter)).map((s) => s.indicator);
    expect(await names({ origin: 'HTI' })).toEqual(['darien.transits']);
    expect(await names({ origin: ['HTI', 'MEX'] })).toEqual(['cbp.sw_border_encounters', 'darien.transits']);
    expect(await names({ location: 'COL' })).toEqual(['unhcr.refugees']);
    expect(await names({ frequency: ['annual', 'mixed'] })).toEqual(['darien.transits', 'unhcr.refugees']);
    expect(await names({ indicator: 'darien.transits', origin: 'MEX' })).toEqual([]);
    expect((await getSeries(getDb(), 'cbp.sw_border_encounters'))?.unit).toBe('encounters');
    expect(await getSeries(getDb(), 'no.such')).toBeUndefined();
  });

  it('pages through observations with a cursor, never skipping or repeating a row', async () => {
    const filter = { indicator: ['darien.transits', 'unhcr.refugees'], origin: 'VEN' };
    const everything = (await queryObservations(getDb(), filter)).observations;
    expect(everything).toHaveLength(26 + 4);
    const seen = [];
    let cursor: string | undefined;
    do {
      const page = await queryObservations(getDb(), { ...filter, limit: 7, cursor });
      expect(page.observations.length).toBeLessThanOrEqual(7);
      seen.push(...page.observations);
      cursor = page.next_cursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(everything);
    expect(everything.map((o) => `${o.indicator} ${o.period}`)).toEqual([...everything.map((o) => `${o.indicator} ${o.period}`)].sort());
  });

  it('filters observations by origin, location and a period range in the series\' own format', async () => {
    const periods = async (q: Parameters<typeof queryObservations>[1]) => (await queryObservations(getDb(), q)).observations.map((o) => o.period);
    expect(await periods({ indicator: 'darien.transits', origin: 'VEN', from: '2019', to: '2020-02' })).toEqual(['2019', '2020-01', '2020-02']);
    expect(await periods({ indicator: 'darien.transits', origin: 'VEN', from: '2019-06', to: '2020-01' })).toEqual(['2020-01']);
    expect(await periods({ indicator: 'unhcr.refugees', location: ['PER', 'ECU'], from: '2022' })).toEqual(['2022', '2022']);
    expect((await queryObservations(getDb(), { indicator: 'cbp.sw_border_encounters', to: '2019-08' })).observations[0]).toEqual(obs('cbp.sw_border_encounters', null, 'USA', '2019-07', 100));
  });

  it('keeps only the monthly or only the yearly values of a mixed series, in observations and aggregates', async () => {
    const periods = async (frequency: 'monthly' | 'annual') => (await queryObservations(getDb(), { indicator: 'darien.transits', origin: 'VEN', frequency })).observations.map((o) => o.period);
    expect(await periods('annual')).toEqual(['2018', '2019']);
    expect(await periods('monthly')).toEqual(months('2020-01', 24));
    expect(await refusal(aggregate('darien.transits', { by: 'month', frequency: 'monthly' }))).toBeUndefined();
    expect((await aggregate('darien.transits', { by: 'year', origin: 'VEN', frequency: 'annual' })).total).toBe(110);
  });

  it('refuses a bad limit, a forged cursor and a malformed period with a typed error', async () => {
    expect(await refusal(queryObservations(getDb(), { limit: 0 }))).toEqual(['invalid_limit', 'limit', expect.stringContaining('1 to 10,000')]);
    expect(await refusal(queryObservations(getDb(), { limit: 10_001 }))).toEqual(['invalid_limit', 'limit', expect.any(String)]);
    expect(await refusal(queryObservations(getDb(), { cursor: 'bm9wZQ' }))).toEqual(['invalid_cursor', 'cursor', expect.stringContaining('start again without it')]);
    expect(await refusal(queryObservations(getDb(), { cursor: '!!' }))).toEqual(['invalid_cursor', 'cursor', expect.any(String)]);
    expect(await refusal(queryObservations(getDb(), { from: '23' }))).toEqual(['invalid_period', 'from', expect.any(String)]);
  });

  it('sums months and rolls them up into calendar and fiscal years, counting the periods in each', async () => {
    const byMonth = await aggregate('darien.transits', { by: 'month', origin: 'VEN', from: '2021-11' });
    expect(byMonth.buckets).toEqual([{ key: '2021-11', value: 32, periods: 1 }, { key: '2021-12', value: 33, periods: 1 }]);
    const byYear = await aggregate('darien.transits', { by: 'year' });
    expect(byYear.buckets).toEqual([
      { key: '2018', value: 50, periods: 1 }, { key: '2019', value: 60, periods: 1 },
      { key: '2020', value: 12 * 10 + 66 + 12, periods: 12 }, { key: '2021', value: 12 * 22 + 66 + 12, periods: 12 },
    ]);
    expect(byYear.total).toBe(50 + 60 + 198 + 342);
    const fiscal = await aggregate('cbp.sw_border_encounters', { by: 'us_fiscal_year' });
    expect(fiscal.buckets).toEqual([{ key: 'FY2019', value: 300, periods: 3 }, { key: 'FY2020', value: 300 + 9 * 25, periods: 12 }, { key: 'FY2021', value: 12 * 25, periods: 12 }]);
    expect(fiscal).toMatchObject({ unit: 'encounters', measure: 'flow', by: 'us_fiscal_year', from: null, to: null });
  });

  it('ranks origins and locations, largest first, keeping "no breakdown" as null', async () => {
    const origins = await aggregate('cbp.sw_border_encounters', { by: 'origin', from: '2019-10', to: '2020-09' });
    expect(origins.buckets).toEqual([{ key: null, value: 300, periods: 3 }, { key: 'MEX', value: 180, periods: 9 }, { key: 'VEN', value: 45, periods: 9 }]);
    const top = await aggregate('cbp.sw_border_encounters', { by: 'origin', from: '2019-10', to: '2020-09', limit: 1 });
    expect(top.buckets).toHaveLength(1);
    expect(top.total).toBe(525);
    const hosts = await aggregate('unhcr.refugees', { by: 'location', origin: 'VEN', from: '2022', to: '2022' });
    expect(hosts.buckets).toEqual([{ key: 'COL', value: 1200, periods: 1 }, { key: 'PER', value: 600, periods: 1 }]);
  });

  it('adds a stock across origins and places but never across dates', async () => {
    const byYear = await aggregate('unhcr.refugees', { by: 'year' });
    expect(byYear.buckets).toEqual([{ key: '2021', value: 1570, periods: 1 }, { key: '2022', value: 1880, periods: 1 }]);
    expect(byYear.total).toBeNull();
    expect((await aggregate('unhcr.refugees', { by: 'year', from: '2022', to: '2022' })).total).toBe(1880);
    expect(await refusal(aggregate('unhcr.refugees', { by: 'origin' }))).toEqual(['stock_over_time', 'from',
      'unhcr.refugees counts people present at a date (a stock), so adding the values of 2021 to 2022 counts the same people more than once; ask for one period, e.g. from=2022&to=2022']);
  });

  it('refuses to split yearly values into months or fiscal years, naming the fix', async () => {
    expect(await refusal(aggregate('darien.transits', { by: 'month' }))).toEqual(['granularity_mismatch', 'by',
      'darien.transits holds yearly totals up to 2019, which cannot be split into months; ask by=year, or from=2020-01']);
    expect(await refusal(aggregate('darien.transits', { by: 'month', from: '2020-01' }))).toBeUndefined();
    expect(await refusal(aggregate('unhcr.refugees', { by: 'us_fiscal_year' }))).toEqual(['granularity_mismatch', 'by',
      'unhcr.refugees holds yearly values, which cannot be split into fiscal years (October–September); ask by=year']);
  });

  it('answers an unknown indicator, a bad limit or an empty range plainly', async () => {
    expect(await refusal(aggregate('no.such', { by: 'year' }))).toEqual(['unknown_indicator', 'indicator', expect.stringContaining("'no.such'")]);
    expect(await refusal(aggregate('darien.transits', { by: 'origin', limit: 0 }))).toEqual(['invalid_limit', 'limit', expect.any(String)]);
    expect(await aggregate('darien.transits', { by: 'origin', from: '2030' })).toMatchObject({ total: 0, buckets: [] });
  });
}, { seed: async (db) => void (await loadStatistics(db, { series, observations, fingerprint: 'fixture' })) });
