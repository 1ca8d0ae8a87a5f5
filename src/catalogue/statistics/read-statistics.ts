import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { SeriesInfo, type Observation } from '../../domain/index.js';
import type { CatalogueIssue } from '../issue.js';
import { readYamlFile } from '../yaml-file.js';
import { schemaIssues } from '../zod-issues.js';
import { CellReader } from './cells.js';
import { readCsvRows } from './csv-rows.js';
import { READERS, type SeriesReader } from './readers.js';

export interface Statistics {
  series: SeriesInfo[];
  observations: Observation[];
  /** Fingerprint of the files read (see statisticsFingerprint). */
  fingerprint: string;
}

/**
 * A SHA-256 over series.yaml and every upstream file, cheap next to parsing them: same files,
 * same fingerprint, so a database that already holds them need not read them again.
 */
export function statisticsFingerprint(dataDir: string, readers: readonly SeriesReader[] = READERS): string {
  const hash = createHash('sha256');
  for (const name of ['series.yaml', ...readers.map((r) => r.file)]) {
    hash.update(name);
    try {
      hash.update(readFileSync(join(dataDir, 'statistics', name)));
    } catch {
      hash.update('(missing)');
    }
  }
  return hash.digest('hex');
}

/**
 * Reads data/statistics: the series metadata and every upstream CSV, as observations summed by
 * (indicator, origin, location, period). All or nothing: if any cell of any file is malformed the
 * result holds no observations and every problem is an issue naming file, line and column.
 */
export function readStatistics(dataDir: string, readers: readonly SeriesReader[] = READERS): { statistics: Statistics; issues: CatalogueIssue[] } {
  const base = join(dataDir, '..');
  const dir = join(dataDir, 'statistics');
  const issues: CatalogueIssue[] = [];
  const series = readSeriesInfo(join(dir, 'series.yaml'), base, issues);
  const known = new Set(series.map((s) => s.indicator));
  const totals = new Map<string, Observation>();
  for (const reader of readers) {
    const file = relative(base, join(dir, reader.file));
    const missingInfo = reader.indicators.filter((i) => !known.has(i));
    if (missingInfo.length > 0) issues.push({ file: relative(base, join(dir, 'series.yaml')), path: '', line: null, message: `no metadata for ${missingInfo.join(', ')} (read from ${reader.file}); add an entry for each` });
    const { rows, issues: csvIssues } = readCsvRows(join(dir, reader.file), file, reader.columns);
    issues.push(...csvIssues);
    const cells = new CellReader(file);
    for (const row of rows) {
      for (const o of reader.read(row, cells)) {
        const key = `${o.indicator}|${o.origin ?? ''}|${o.location ?? ''}|${o.period}`;
        const seen = totals.get(key);
        if (seen) seen.value += o.value;
        else totals.set(key, { ...o });
      }
    }
    issues.push(...cells.issues.slice(0, 50));
    if (cells.issues.length > 50) issues.push({ file, path: '', line: null, message: `… and ${cells.issues.length - 50} more problems in this file` });
  }
  const observations = issues.length > 0 ? [] : [...totals.values()];
  return { statistics: { series, observations, fingerprint: statisticsFingerprint(dataDir, readers) }, issues };
}

function readSeriesInfo(path: string, base: string, issues: CatalogueIssue[]): SeriesInfo[] {
  const { yaml, issues: syntax } = readYamlFile(path, relative(base, path));
  issues.push(...syntax);
  if (!yaml) return [];
  const parsed = SeriesInfo.array().safeParse(yaml.data);
  if (!parsed.success) {
    issues.push(...schemaIssues(yaml, parsed.error));
    return [];
  }
  return parsed.data;
}
