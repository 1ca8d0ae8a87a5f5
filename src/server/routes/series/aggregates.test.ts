import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { dataDir } from '../../../catalogue/index.js';
import { useTestApp } from '../../test-app.js';

const ctx = useTestApp({ statistics: 'sample' });

interface Bucket { key: string | null; name: string | null; value: number; periods: number }
interface Aggregate { total: number | null; measure: string; buckets: Bucket[] }
interface Problem { code: string; errors: { path: string; message: string }[] }

async function aggregate(url: string): Promise<Aggregate> {
  const res = await ctx.app.request(url);
  expect(res.status, url).toBe(200);
  return await res.json() as Aggregate;
}

async function problem(url: string, status = 400): Promise<Problem> {
  const res = await ctx.app.request(url);
  expect(res.status, url).toBe(status);
  return await res.json() as Problem;
}

/** The upstream files read independently of the app. */
const rows = (file: string) => parse(readFileSync(join(dataDir(), 'statistics', file)), { columns: true }) as Record<string, string>[];
const sum = (list: Record<string, string>[]) => list.reduce((n, r) => n + Number(r.n), 0);

describe('GET /api/series/{indicator}/aggregates', () => {
  it('adds Darién crossings of Venezuelans per month into the yearly figure, as the upstream file gives them', async () => {
    const byMonth = await aggregate('/api/series/darien.transits/aggregates?by=month&origin=VEN&from=2021&to=2024');
    const byYear = await aggregate('/api/series/darien.transits/aggregates?by=year&origin=VEN&from=2021&to=2024');
    const rolledUp = new Map<string, number>();
    for (const b of byMonth.buckets) rolledUp.set(b.key!.slice(0, 4), (rolledUp.get(b.key!.slice(0, 4)) ?? 0) + b.value);
    expect(byYear.buckets.map((b) => [b.key, b.value])).toEqual([...rolledUp]);
    expect(byYear.total).toBe(byMonth.total);
    const in2023 = rows('irreg_darien_nat.csv').filter((r) => r.nat === 'VEN' && r.t!.startsWith('2023-'));
    expect(byYear.buckets.find((b) => b.key === '2023')).toEqual({ key: '2023', name: null, value: sum(in2023), periods: in2023.length });
  });

  it('counts CBP encounters of Venezuelans in US fiscal year 2023 (October 2022 – September 2023) as the upstream file gives them', async () => {
    const fiscal = await aggregate('/api/series/cbp.sw_border_encounters/aggregates?by=us_fiscal_year&origin=VEN');
    const fy2023 = rows('irreg_usa.csv').filter((r) => r.nat === 'VEN' && r.t! >= '2022-10' && r.t! <= '2023-09');
    expect(fy2023.length).toBeGreaterThan(12);
    expect(fiscal.buckets).toEqual([{ key: 'FY2023', name: null, value: sum(fy2023), periods: 12 }]);
  });

  it('ranks nationalities largest first, named in the language asked, and keeps the total when only the largest are shown', async () => {
    const all = await aggregate('/api/series/cbp.sw_border_encounters/aggregates?by=origin&lang=es');
    expect(all.buckets.map((b) => b.value)).toEqual([...all.buckets.map((b) => b.value)].sort((a, b) => b - a));
    expect(all.buckets.find((b) => b.key === 'MEX')?.name).toBe('México');
    const top = await aggregate('/api/series/cbp.sw_border_encounters/aggregates?by=origin&limit=2&lang=en');
    expect(top.buckets.map((b) => b.key)).toEqual(all.buckets.slice(0, 2).map((b) => b.key));
    expect(top.total).toBe(all.total);
    expect((await aggregate('/api/series/cbp.sw_border_encounters/aggregates?by=origin&origin=MEX')).buckets[0]?.name).toBe('Mexico');
  });

  it('refuses to add a stock across dates with its code, naming the one-period question to ask instead', async () => {
    const refused = await problem('/api/series/unhcr.refugees/aggregates?by=origin');
    expect(refused.code).toBe('stock_over_time');
    expect(refused.errors[0]).toMatchObject({ path: 'query.from', message: expect.stringContaining('from=2022&to=2022') });
    expect((await aggregate('/api/series/unhcr.refugees/aggregates?by=origin&from=2022&to=2022')).measure).toBe('stock');
    const byYear = await aggregate('/api/series/unhcr.refugees/aggregates?by=year');
    expect(byYear.buckets.map((b) => [b.key, b.periods])).toEqual([['2021', 1], ['2022', 1]]);
    expect(byYear.total).toBeNull();
  });

  it('refuses to split yearly totals into months unless only the months are asked for', async () => {
    expect(await problem('/api/series/darien.transits/aggregates?by=us_fiscal_year')).toMatchObject({ code: 'granularity_mismatch', errors: [{ path: 'query.by' }] });
    expect((await aggregate('/api/series/darien.transits/aggregates?by=month&frequency=monthly')).buckets[0]?.key).toBe('2020-01');
  });

  it('rejects an unknown grouping and answers 404 for an unknown indicator', async () => {
    expect(await problem('/api/series/darien.transits/aggregates?by=week')).toMatchObject({ code: 'invalid_request', errors: [{ path: 'query.by' }] });
    expect(await problem('/api/series/darien.crossings/aggregates?by=year', 404)).toMatchObject({ code: 'not_found', errors: [{ path: 'path.indicator' }] });
  });
});
