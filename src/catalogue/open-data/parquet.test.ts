import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Observation } from '../../domain/index.js';
import { dataDir, readCatalogue } from '../index.js';
import { pathwaysParquet, tableParquet } from './parquet.js';
import { toCsv, type Table } from './table.js';
import { observationsTable, pathwaysTable } from './tables.js';

// Read back by an independent implementation: DuckDB's Parquet reader.
const { catalogue } = readCatalogue(dataDir());
const asOf = '2026-11-28';
const dir = mkdtempSync(join(tmpdir(), 'vias-parquet-'));
let duck: DuckDBConnection;

function file(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path.replace(/'/g, "''");
}
const rows = async (sql: string) => (await duck.runAndReadAll(sql)).getRowObjectsJson();

beforeAll(async () => {
  duck = await (await DuckDBInstance.create(':memory:')).connect();
});
afterAll(() => duck.closeSync());

describe('open data: Parquet', () => {
  it('types each pathways column from its Table Schema field, with the required ones REQUIRED', async () => {
    const path = file('pathways.parquet', pathwaysParquet(catalogue.pathways, asOf, '0.1.0'));
    const schema = await rows(`SELECT name, type, converted_type, repetition_type FROM parquet_schema('${path}') WHERE name <> 'root'`);
    const expected = { string: ['BYTE_ARRAY', 'UTF8'], integer: ['INT64', null], number: ['DOUBLE', null], boolean: ['BOOLEAN', null], date: ['INT32', 'DATE'] };
    expect(schema).toEqual(pathwaysTable(catalogue.pathways, asOf).fields.map((f) => ({
      name: f.name, type: expected[f.type][0], converted_type: expected[f.type][1], repetition_type: f.constraints?.required ? 'REQUIRED' : 'OPTIONAL',
    })));
  });

  it('holds the same values as pathways.csv, row for row, with unknowns as NULL', async () => {
    const table = pathwaysTable(catalogue.pathways, asOf);
    const path = file('pathways.parquet', tableParquet(table));
    const csv = parse(toCsv(table), { columns: true }) as Record<string, string>[];
    const back = await rows(`SELECT * FROM read_parquet('${path}')`);
    expect(back).toHaveLength(csv.length);
    // DuckDB gives BIGINT as a string, DATE as YYYY-MM-DD and NULL as null; the CSV has '' for unknown.
    const asCsv = (v: unknown) => (v === null ? '' : String(v));
    back.forEach((row, i) => expect(Object.fromEntries(Object.entries(row).map(([k, v]) => [k, asCsv(v)])), csv[i]?.id).toEqual(csv[i]));
    const [meta] = await rows(`SELECT value FROM parquet_kv_metadata('${path}') WHERE key = 'description'`);
    expect(meta?.value).toBe(table.description);
  });

  it('keeps numbers exact and dates as dates', async () => {
    const observations: Observation[] = [
      { indicator: 'darien.transits', origin: 'VEN', location: 'PAN', period: '2023-09', value: 61_074 },
      { indicator: 'darien.transits', origin: null, location: 'PAN', period: '2015', value: 0.5 },
    ];
    const path = file('observations.parquet', tableParquet(observationsTable(observations)));
    expect(await rows(`SELECT origin, period, value FROM read_parquet('${path}')`)).toEqual([
      { origin: 'VEN', period: '2023-09', value: 61_074 }, { origin: null, period: '2015', value: 0.5 },
    ]);
    const dated: Table = { name: 't', title: 't', description: 't', fields: [{ name: 'd', type: 'date', description: 'd' }], rows: [['1999-12-31'], ['2024-02-29'], [null]] };
    expect(await rows(`SELECT d::VARCHAR AS d FROM read_parquet('${file('dates.parquet', tableParquet(dated))}')`)).toEqual([{ d: '1999-12-31' }, { d: '2024-02-29' }, { d: null }]);
  });
});
