import { parquetWriteBuffer, type ColumnSource, type SchemaElement } from 'hyparquet-writer';
import type { Pathway } from '../../domain/index.js';
import type { Field, Table } from './table.js';
import { pathwaysTable } from './tables.js';

/*
 * Parquet through hyparquet-writer: pure JavaScript with one dependency (its reader, hyparquet),
 * no native build and no WASM to load, runs on Node 20 and in the browser; files are checked by
 * reading them back with DuckDB. @dsnp/parquetjs needs Node ≥ 24 and brings an AWS SDK;
 * parquet-wasm needs Apache Arrow tables and a multi-megabyte WASM module.
 */

const DAY_MS = 86_400_000;

/** Table Schema type → Parquet physical and logical type. */
const PARQUET_TYPE: Record<Field['type'], Omit<SchemaElement, 'name' | 'repetition_type'>> = {
  string: { type: 'BYTE_ARRAY', converted_type: 'UTF8', logical_type: { type: 'STRING' } },
  integer: { type: 'INT64' },
  number: { type: 'DOUBLE' },
  boolean: { type: 'BOOLEAN' },
  date: { type: 'INT32', converted_type: 'DATE', logical_type: { type: 'DATE' } },
};

function cell(type: Field['type'], value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (type) {
    case 'integer': return BigInt(value as number);
    case 'number': return Number(value);
    case 'boolean': return Boolean(value);
    // Days since 1970-01-01, the Parquet DATE encoding.
    case 'date': return Date.parse(`${String(value)}T00:00:00Z`) / DAY_MS;
    default: return typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
}

/**
 * A table as one Parquet file: each column typed from its Table Schema field (strings UTF-8,
 * integers INT64, numbers DOUBLE, booleans, dates DATE), required fields REQUIRED and the rest
 * OPTIONAL (null = unknown), Snappy-compressed. The table's title, description and Table Schema
 * ride along as key-value metadata.
 *
 * @example tableParquet(pathwaysTable(catalogue.pathways, '2026-11-28')) // Uint8Array, starts and ends with PAR1
 */
export function tableParquet(table: Table, version = 'unversioned'): Uint8Array {
  const columnData: ColumnSource[] = table.fields.map((field, i) => ({
    name: field.name, data: table.rows.map((row) => cell(field.type, row[i])), nullable: !field.constraints?.required,
  }));
  const schema: SchemaElement[] = [
    { name: 'root', num_children: table.fields.length },
    ...table.fields.map((f): SchemaElement => ({ name: f.name, ...PARQUET_TYPE[f.type], repetition_type: f.constraints?.required ? 'REQUIRED' : 'OPTIONAL' })),
  ];
  return new Uint8Array(parquetWriteBuffer({
    columnData, schema, createdBy: `vias ${version}`,
    kvMetadata: [
      { key: 'title', value: table.title },
      { key: 'description', value: table.description },
      { key: 'frictionless:schema', value: JSON.stringify({ fields: table.fields, ...(table.primaryKey ? { primaryKey: table.primaryKey } : {}) }) },
    ],
  }));
}

/**
 * The pathways table (the columns of pathways.csv) as Parquet.
 *
 * @example writeFileSync('pathways.parquet', pathwaysParquet(catalogue.pathways, '2026-11-28', '0.1.0'));
 */
export function pathwaysParquet(pathways: readonly Pathway[], asOf: string, version?: string): Uint8Array {
  return tableParquet(pathwaysTable(pathways, asOf), version);
}
