import { closeSync, copyFileSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dataDir, readStatistics, type Statistics } from '../catalogue/index.js';

/** Which statistics a test app holds. */
export type TestStatistics = 'sample' | 'all';

/**
 * The sample: the upstream files' own rows, kept whole or cut by the period each row starts
 * with, so every figure a test computes from data/statistics for these periods is the real one.
 * Files not named here keep their header only: their series are listed, without observations.
 */
const SAMPLE: Record<string, RegExp> = {
  // Yearly totals to 2019, then months: the mixed series (2,387 observations).
  'irreg_darien_nat.csv': /^/,
  'irreg_darien_dmg.csv': /^/,
  // US fiscal year 2023 (October 2022 – September 2023), five nationalities.
  'irreg_usa.csv': /^(2022-1[0-2]|2023-0[1-9]),.*,(VEN|MEX|HTI|CUB|COL),\d+\r?$/,
  // Two end-of-year stocks (to refuse adding them) of Venezuelans anywhere and of anyone in Colombia.
  'end_year_population_totals.csv': /^202[12],(VEN,|[A-Z]{3},COL,)/,
};

/** The header of a CSV file without reading the rest (the UN DESA file is 5 MB). */
function firstLine(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(4096);
    return buffer.subarray(0, readSync(fd, buffer)).toString('utf8').split('\n')[0] ?? '';
  } finally {
    closeSync(fd);
  }
}

function readSample(): Statistics {
  const source = join(dataDir(), 'statistics');
  const sample = mkdtempSync(join(tmpdir(), 'vias-statistics-'));
  try {
    mkdirSync(join(sample, 'statistics'));
    copyFileSync(join(source, 'series.yaml'), join(sample, 'statistics', 'series.yaml'));
    for (const file of readdirSync(source).filter((f) => f.endsWith('.csv'))) {
      const keep = SAMPLE[file];
      const [header = '', ...rows] = (keep ? readFileSync(join(source, file), 'utf8') : firstLine(join(source, file))).split('\n');
      writeFileSync(join(sample, 'statistics', file), [header, ...rows.filter((r) => r !== '' && keep?.test(r))].join('\n'));
    }
    return checked(readStatistics(sample));
  } finally {
    rmSync(sample, { recursive: true, force: true });
  }
}

function checked({ statistics, issues }: ReturnType<typeof readStatistics>): Statistics {
  if (issues.length > 0) throw new Error(`the bundled statistics have problems: ${issues.map((i) => i.message).join('; ')}`);
  return statistics;
}

// Read once per test file (a vitest worker).
const read: Partial<Record<TestStatistics, Statistics>> = {};

/**
 * The statistics of a test app: `sample` (real rows: the Darién files, CBP encounters of
 * Venezuelans, Mexicans, Haitians, Cubans and Colombians in US fiscal year 2023, UNHCR end-of-year populations of Venezuelans and of people in Colombia in
 * 2021 and 2022; about 0.5 s) or `all` (every
 * observation; about 9 s to read, 4 s to load on the development machine).
 *
 * @example await loadStatistics(db, testStatistics('sample'));
 */
export function testStatistics(which: TestStatistics): Statistics {
  read[which] ??= which === 'all' ? checked(readStatistics(dataDir())) : readSample();
  return read[which];
}
