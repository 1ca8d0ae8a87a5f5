import type { CatalogueIssue } from '../issue.js';
import type { CsvRow } from './csv-rows.js';

/** Reads typed cells from a row, collecting an issue (file, line, column, fix) per bad cell. */
export class CellReader {
  readonly issues: CatalogueIssue[] = [];

  constructor(private readonly file: string) {}

  private fail(row: CsvRow, column: string, message: string): null {
    this.issues.push({ file: this.file, path: column, line: row.line, message: `${message}, found ${JSON.stringify(row.cells[column] ?? '')}` });
    return null;
  }

  /** A whole number ≥ 0. */
  count(row: CsvRow, column: string): number | null {
    const text = (row.cells[column] ?? '').trim();
    if (!/^\d+$/.test(text)) return this.fail(row, column, 'must be a whole number ≥ 0');
    return Number(text);
  }

  /** A three-letter area code; `blank` decides what an empty cell means. */
  area(row: CsvRow, column: string, blank: 'null' | 'error' = 'error'): string | null | undefined {
    const text = (row.cells[column] ?? '').trim();
    if (text === '' && blank === 'null') return null;
    if (!/^[A-Z]{3}$/.test(text)) return this.fail(row, column, 'must be a three-letter area code such as VEN') ?? undefined;
    return text;
  }

  /** YYYY-MM. */
  month(row: CsvRow, column: string): string | null {
    const text = (row.cells[column] ?? '').trim();
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(text)) return this.fail(row, column, 'must be a month written YYYY-MM');
    return text;
  }

  /** YYYY. */
  year(row: CsvRow, column: string): string | null {
    const text = (row.cells[column] ?? '').trim();
    if (!/^\d{4}$/.test(text)) return this.fail(row, column, 'must be a year written YYYY');
    return text;
  }

  /** One of a fixed set of values. */
  oneOf<T extends string>(row: CsvRow, column: string, allowed: readonly T[]): T | null {
    const text = (row.cells[column] ?? '').trim();
    if (!(allowed as readonly string[]).includes(text)) return this.fail(row, column, `must be one of ${allowed.join(', ')}`);
    return text as T;
  }
}
