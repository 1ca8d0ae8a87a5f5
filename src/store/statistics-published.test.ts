import { sql, type Kysely } from 'kysely';
import { expect, it } from 'vitest';
import { dataDir, readStatistics } from '../catalogue/index.js';
import type { Database } from './database.js';
import { aggregateSeries, listSeries, loadStatistics, queryObservations, SeriesQueryError, STOCK_INDICATORS, sumObservations } from './index.js';
import { describeEachBackend } from './test-backends.js';

// The published totals src/catalogue/statistics/read-statistics.test.ts checks on the files,
// asked again through the store's query functions on the bundled data.
const { statistics } = readStatistics(dataDir());

/** SQLite's plan for a query, its parameters (test constants) inlined. */
async function plan(db: Kysely<Database>, query: { compile(): { sql: string; parameters: readonly unknown[] } }): Promise<string> {
  const { sql: text, parameters } = query.compile();
  const inlined = parameters.reduce<string>((s, p) => s.replace('?', typeof p === 'number' ? String(p) : `'${String(p)}'`), text);
  const rows = await sql<{ detail: string }>`${sql.raw(`explain query plan ${inlined}`)}`.execute(db);
  return rows.rows.map((r) => r.detail).join('\n');
}

describeEachBackend('store statistics on the bundled data', (getDb, kind) => {
  it('reproduces the CBP southwest border totals by US fiscal year', async () => {
    const fiscal = await aggregateSeries(getDb(), 'cbp.sw_border_encounters', { by: 'us_fiscal_year', from: '2021-10', to: '2024-09' });
    expect(fiscal.buckets).toEqual([
      { key: 'FY2022', value: 2_378_944, periods: 12 },
      { key: 'FY2023', value: 2_475_669, periods: 12 },
      { key: 'FY2024', value: 2_135_005, periods: 12 },
    ]);
    expect(await sumObservations(getDb(), { indicator: 'cbp.sw_border_encounters', from: '2022-10', to: '2023-09' })).toBe(2_475_669);
  });

  it("reproduces Panama's Darién total for 2023 and ranks Venezuelans first", async () => {
    const year = await aggregateSeries(getDb(), 'darien.transits', { by: 'year', from: '2023', to: '2023' });
    expect(year.buckets).toEqual([{ key: '2023', value: 520_085, periods: 12 }]);
    const origins = await aggregateSeries(getDb(), 'darien.transits', { by: 'origin', from: '2023', to: '2023', limit: 3 });
    expect(origins.total).toBe(520_085);
    expect(origins.buckets[0]).toEqual({ key: 'VEN', value: 328_650, periods: 12 });
  });

  it('gives Venezuelans through the Darién month by month for 2021–2024, adding up to the 2023 figure', async () => {
    const months = await aggregateSeries(getDb(), 'darien.transits', { by: 'month', origin: 'VEN', from: '2021', to: '2024' });
    const all = Array.from({ length: 48 }, (_, i) => `${2021 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
    // The file has no Venezuelan row for 2021-03: a month without data is left out, not made a zero.
    expect(months.buckets.map((b) => b.key)).toEqual(all.filter((m) => m !== '2021-03'));
    expect(months.buckets.filter((b) => b.key?.startsWith('2023')).reduce((n, b) => n + b.value, 0)).toBe(328_650);
    const rows = await queryObservations(getDb(), { indicator: 'darien.transits', origin: 'VEN', from: '2023', to: '2023' });
    expect(rows.observations.reduce((n, o) => n + o.value, 0)).toBe(328_650);
  });

  it('reproduces UN DESA migrant stocks, summed over origins in one year', async () => {
    const hosts = await aggregateSeries(getDb(), 'undesa.migrant_stock', { by: 'location', location: 'USA', from: '2024', to: '2024' });
    expect(hosts.buckets).toEqual([{ key: 'USA', value: 52_375_047, periods: 1 }]);
    const origins = await aggregateSeries(getDb(), 'undesa.migrant_stock', { by: 'origin', location: 'COL', from: '2024', to: '2024', limit: 1 });
    expect(origins.buckets).toEqual([{ key: 'VEN', value: 2_904_873, periods: 1 }]);
  });

  it('refuses the meaningless questions on real series, naming the fix', async () => {
    const code = async (run: Promise<unknown>) => run.then(() => 'answered', (e: unknown) => (e instanceof SeriesQueryError ? `${e.code}: ${e.message}` : e));
    expect(await code(aggregateSeries(getDb(), 'darien.transits', { by: 'month', origin: 'VEN' }))).toMatch(/^granularity_mismatch: .* up to 2019, .* from=2020-01$/);
    expect(await code(aggregateSeries(getDb(), 'unhcr.refugees', { by: 'origin', location: 'COL' }))).toMatch(/^stock_over_time: .* from=2022&to=2022$/);
    expect(await code(aggregateSeries(getDb(), 'undesa.migrant_stock', { by: 'month' }))).toMatch(/^granularity_mismatch: .* ask by=year$/);
  });

  it('lists every bundled series with its span, and classifies the stocks series.yaml describes', async () => {
    const listed = await listSeries(getDb());
    expect(listed.map((s) => s.indicator)).toEqual(statistics.series.map((s) => s.indicator).sort());
    expect(listed.find((s) => s.indicator === 'darien.transits')).toMatchObject({ first_period: '2010', last_period: '2025-04', measure: 'flow' });
    for (const indicator of STOCK_INDICATORS) expect(listed.map((s) => s.indicator)).toContain(indicator);
    const describedAsStock = listed.filter((s) => /end of (each|the) year|migrant stock/i.test(`${s.title} ${s.description}`)).map((s) => s.indicator);
    expect(listed.filter((s) => s.measure === 'stock').map((s) => s.indicator)).toEqual(describedAsStock);
  });

  it.runIf(kind === 'sqlite')('answers typical questions from an index, never by scanning the table', async () => {
    const db = getDb();
    const scans = async (query: { compile(): { sql: string; parameters: readonly unknown[] } }) => (await plan(db, query)).split('\n').filter((d) => /^SCAN observations\b/.test(d));
    const base = (indicator: string) => db.selectFrom('observations').where('indicator', '=', indicator);
    expect(await scans(base('darien.transits').where('origin', '=', 'VEN').where('period', '>=', '2021').where('period', '<', '2025')
      .select(['period']).groupBy('period'))).toEqual([]);
    const byLocation = base('unhcr.refugees').where('location', '=', 'COL').select((eb) => ['period', eb.fn.sum('value').as('value')]).groupBy('period');
    expect(await scans(byLocation)).toEqual([]);
    expect(await plan(db, byLocation)).toMatch(/INDEX observations_by_location \(indicator=\? AND location=\?\)/);
    expect(await plan(db, base('unhcr.refugees').select((eb) => ['period', eb.fn.sum('value').as('value')]).groupBy('period'))).toMatch(/COVERING INDEX observations_by_period/);
  });
}, {
  seed: async (db) => void (await loadStatistics(db, { ...statistics, fingerprint: 'bundled' })),
});
