import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Observation } from '../../domain/index.js';
import { dataDir } from '../paths.js';
import { readStatistics } from './read-statistics.js';
import { READERS } from './readers.js';

const { statistics, issues } = readStatistics(dataDir());
const sum = (pred: (o: Observation) => boolean) => statistics.observations.filter(pred).reduce((n, o) => n + o.value, 0);
const fiscalYear = (period: string) => Number(period.slice(0, 4)) + (Number(period.slice(5, 7)) >= 10 ? 1 : 0);

describe('catalogue.readStatistics (bundled data)', () => {
  it('reads every file without a problem and has metadata for every indicator', () => {
    expect(issues).toEqual([]);
    const indicators = new Set(statistics.observations.map((o) => o.indicator));
    expect([...indicators].every((i) => statistics.series.some((s) => s.indicator === i))).toBe(true);
  });
  it('reproduces the CBP southwest border totals by fiscal year', () => {
    const fy = (year: number) => sum((o) => o.indicator === 'cbp.sw_border_encounters' && fiscalYear(o.period) === year);
    expect(fy(2022)).toBe(2_378_944);
    expect(fy(2023)).toBe(2_475_669);
    expect(fy(2024)).toBe(2_135_005);
  });
  it("reproduces Panama's Darién total for 2023, and the Venezuelan share", () => {
    expect(sum((o) => o.indicator === 'darien.transits' && o.period.startsWith('2023'))).toBe(520_085);
    expect(sum((o) => o.indicator === 'darien.transits' && o.period.startsWith('2023') && o.origin === 'VEN')).toBe(328_650);
  });
  it('reproduces UN DESA migrant stocks (female + male)', () => {
    expect(sum((o) => o.indicator === 'undesa.migrant_stock' && o.location === 'USA' && o.period === '2024')).toBe(52_375_047);
    expect(sum((o) => o.indicator === 'undesa.migrant_stock' && o.location === 'COL' && o.origin === 'VEN' && o.period === '2024')).toBe(2_904_873);
  });
  it('keeps the Darién yearly totals of 2010-2019 as years, not as Januaries', () => {
    expect(statistics.observations.some((o) => o.indicator === 'darien.transits' && o.period === '2015')).toBe(true);
    expect(statistics.observations.some((o) => o.indicator === 'darien.transits' && o.period === '2015-01')).toBe(false);
  });
});

describe('catalogue.readStatistics (bad input)', () => {
  const darien = READERS.filter((r) => r.file === 'irreg_darien_nat.csv');
  function dirWith(csv: string): string {
    const dir = mkdtempSync(join(tmpdir(), 'vias-stats-'));
    mkdirSync(join(dir, 'data', 'statistics'), { recursive: true });
    copyFileSync(join(dataDir(), 'statistics', 'series.yaml'), join(dir, 'data', 'statistics', 'series.yaml'));
    writeFileSync(join(dir, 'data', 'statistics', 'irreg_darien_nat.csv'), csv);
    return join(dir, 'data');
  }

  it('names file, line and column of a broken cell, and loads nothing', () => {
    const data = dirWith('t,q,nat,n\n2023-01,2023-Q1,VEN,100\n2023-02,2023-Q1,VEN,12x\n2023-13,2023-Q1,COL,5\n');
    const result = readStatistics(data, darien);
    expect(result.statistics.observations).toEqual([]);
    expect(result.issues).toEqual([
      { file: 'data/statistics/irreg_darien_nat.csv', path: 'n', line: 3, message: 'must be a whole number ≥ 0, found "12x"' },
      { file: 'data/statistics/irreg_darien_nat.csv', path: 't', line: 4, message: 'must be a month written YYYY-MM, found "2023-13"' },
    ]);
  });
  it('names a missing column', () => {
    const result = readStatistics(dirWith('t,q,nationality,n\n2023-01,2023-Q1,VEN,100\n'), darien);
    expect(result.issues[0]?.message).toMatch(/missing column nat/);
  });
  it('sums rows that share indicator, origin, location and period', () => {
    const result = readStatistics(dirWith('t,q,nat,n\n2023-01,2023-Q1,VEN,100\n2023-01,2023-Q1,VEN,5\n'), darien);
    expect(result.statistics.observations).toEqual([{ indicator: 'darien.transits', origin: 'VEN', location: 'PAN', period: '2023-01', value: 105 }]);
  });
});
