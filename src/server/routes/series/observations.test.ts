import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { dataDir } from '../../../catalogue/index.js';
import { useTestApp } from '../../test-app.js';

const ctx = useTestApp({ statistics: 'sample' });

interface Page { count: number; items: { origin: string | null; location: string | null; period: string; value: number }[]; next_cursor: string | null }
interface Problem { code: string; errors: { path: string }[] }

async function page(url: string): Promise<Page> {
  const res = await ctx.app.request(url);
  expect(res.status, url).toBe(200);
  return await res.json() as Page;
}

async function problem(url: string, status = 400): Promise<Problem> {
  const res = await ctx.app.request(url);
  expect(res.status, url).toBe(status);
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  return await res.json() as Problem;
}

async function walk(url: string): Promise<Page['items']> {
  const seen: Page['items'] = [];
  let cursor: string | null = null;
  do {
    const { items, count, next_cursor }: Page = await page(`${url}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(count).toBe(items.length);
    seen.push(...items);
    cursor = next_cursor;
  } while (cursor);
  return seen;
}

/** The Darién file read independently of the app: one row per nationality and month. */
const darienRows = parse(readFileSync(join(dataDir(), 'statistics', 'irreg_darien_nat.csv')), { columns: true }) as { t: string; nat: string; n: string }[];

describe('GET /api/series/{indicator}/observations', () => {
  it('walks every value of a series exactly once, a page at a time', async () => {
    const seen = await walk('/api/series/darien.transits/observations?limit=500');
    expect(seen).toHaveLength(darienRows.length);
    expect(new Set(seen.map((o) => `${o.origin} ${o.period}`)).size).toBe(seen.length);
    expect(seen.reduce((n, o) => n + o.value, 0)).toBe(darienRows.reduce((n, r) => n + Number(r.n), 0));
    expect((await page('/api/series/darien.transits/observations?limit=10000')).items).toEqual(seen);
  });

  it('narrows the values by origin, period range and frequency', async () => {
    const some = await walk('/api/series/darien.transits/observations?origin=VEN,HTI&from=2021-03&to=2022-02&limit=7');
    expect(some.length).toBe(darienRows.filter((r) => ['VEN', 'HTI'].includes(r.nat) && r.t >= '2021-03' && r.t <= '2022-02').length);
    expect(some.every((o) => ['VEN', 'HTI'].includes(o.origin ?? '') && o.period >= '2021-03' && o.period <= '2022-02')).toBe(true);
    const yearly = await walk('/api/series/darien.transits/observations?origin=VEN&frequency=annual');
    expect(yearly.map((o) => o.period)).toEqual(darienRows.filter((r) => r.nat === 'VEN' && r.t < '2020').map((r) => r.t.slice(0, 4)));
    const monthly = await walk('/api/series/darien.transits/observations?origin=VEN&frequency=monthly');
    expect(monthly.every((o) => o.period.length === 7)).toBe(true);
    expect(yearly.length + monthly.length).toBe(darienRows.filter((r) => r.nat === 'VEN').length);
  });

  it('refuses a forged cursor, a range that ends before it starts and a page too large, naming the parameter', async () => {
    expect(await problem('/api/series/darien.transits/observations?cursor=bm9wZQ')).toMatchObject({ code: 'invalid_cursor', errors: [{ path: 'query.cursor' }] });
    expect(await problem('/api/series/darien.transits/observations?from=2024&to=2021')).toMatchObject({ code: 'invalid_period', errors: [{ path: 'query.from' }] });
    expect(await problem('/api/series/darien.transits/observations?limit=10001')).toMatchObject({ code: 'invalid_request', errors: [{ path: 'query.limit' }] });
    expect(await problem('/api/series/darien.transits/observations?from=2021-13')).toMatchObject({ code: 'invalid_request', errors: [{ path: 'query.from' }] });
  });

  it('answers 404 for an unknown indicator', async () => {
    expect(await problem('/api/series/darien.crossings/observations', 404)).toMatchObject({ code: 'not_found', errors: [{ path: 'path.indicator' }] });
  });
});
