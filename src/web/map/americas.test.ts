import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { AMERICAS_NUMERIC } from './americas.js';

describe('web map: the Americas', () => {
  it('are exactly the UN M49 region 019 of the bundled country codes', () => {
    const rows = parse(readFileSync(new URL('../../../data/reference/country-codes.csv', import.meta.url)), { columns: true }) as Record<string, string>[];
    const expected = Object.fromEntries(rows
      .filter((r) => r['Region Code'] === '19')
      .map((r) => [r['ISO3166-1-Alpha-2'], String(r['ISO3166-1-numeric']).padStart(3, '0')]));
    expect(AMERICAS_NUMERIC).toEqual(expected);
  });
});
