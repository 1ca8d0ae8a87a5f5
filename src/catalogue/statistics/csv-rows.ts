import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { CatalogueIssue } from '../issue.js';

/** One CSV record with the line it ends on, so problems can name their place. */
export interface CsvRow {
  line: number;
  cells: Record<string, string>;
}

/**
 * Reads a CSV file with a header row. Missing columns and malformed CSV are issues, not throws.
 */
export function readCsvRows(absolute: string, file: string, columns: readonly string[]): { rows: CsvRow[]; issues: CatalogueIssue[] } {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(readFileSync(absolute), { columns: true, info: true, skip_empty_lines: true, bom: true });
  } catch (error) {
    const e = error as Error & { lines?: number; code?: string };
    return { rows: [], issues: [{ file, path: '', line: e.lines ?? null, message: `not valid CSV: ${e.message}` }] };
  }
  const header = records[0] ? Object.keys(records[0].record) : [];
  const missing = columns.filter((c) => !header.includes(c));
  if (records.length > 0 && missing.length > 0) {
    return { rows: [], issues: [{ file, path: '', line: 1, message: `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}; the header has ${header.join(', ')}` }] };
  }
  return { rows: records.map((r) => ({ line: r.info.lines, cells: r.record })), issues: [] };
}
