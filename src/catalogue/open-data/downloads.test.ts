import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { parse } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Pathway } from '../../domain/index.js';
import { dataDir, readCatalogue } from '../index.js';
import { buildDataPackage } from './datapackage.js';
import { dataPackageZip, pathwaysCsv, pathwaysJson } from './downloads.js';
import { pathwaysTable } from './tables.js';

const { catalogue } = readCatalogue(dataDir());
const asOf = '2026-11-28';

describe('open data: pathways.csv', () => {
  const csv = pathwaysCsv(catalogue.pathways, asOf);

  it('is RFC 4180: a header, CRLF after every record, one field count throughout', () => {
    const records = parse(csv, { relax_column_count: false, record_delimiter: '\r\n' }) as string[][];
    expect(records[0]).toEqual(pathwaysTable([], asOf).fields.map((f) => f.name));
    expect(records).toHaveLength(catalogue.pathways.length + 1);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/"[^"]*"/g, '').split('\n').every((line, i, all) => i === all.length - 1 || line.endsWith('\r'))).toBe(true);
  });

  it('quotes commas, quotes and line breaks, and keeps accented names as UTF-8 without a BOM', () => {
    const tricky: Pathway = { ...(catalogue.pathways[0] as Pathway) };
    tricky.name = { ...tricky.name, en: 'Visa "humanitaria", 2ª fase\r\nAnnex' };
    const [, row] = parse(pathwaysCsv([tricky], asOf), { columns: false }) as string[][];
    expect(row?.[4]).toBe('Visa "humanitaria", 2ª fase\r\nAnnex');
    const bytes = Buffer.from(csv, 'utf8');
    expect(bytes[0]).not.toBe(0xef);
    expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toBe(csv);
    expect(csv).toMatch(/Migración|Régimen|Humanitária/);
  });
});

describe('open data: pathways.json', () => {
  it('holds every whole record with the dataset version', () => {
    const parsed = JSON.parse(pathwaysJson(catalogue.pathways, '0.1.0')) as { version: string; pathways: Pathway[] };
    expect(parsed.version).toBe('0.1.0');
    expect(parsed.pathways).toEqual(JSON.parse(JSON.stringify(catalogue.pathways)));
  });
});

describe('open data: datapackage.zip', () => {
  // The pathways alone keep this fast; the statistics tables are the same code path (datapackage.test.ts).
  const files = buildDataPackage({ pathways: catalogue.pathways, series: [], observations: [], version: '0.1.0', released: asOf }, dataDir());
  const zip = dataPackageZip(files, asOf);
  const unzipped = unzipSync(zip);

  it('holds exactly the files `vias export --format datapackage` writes, byte for byte', () => {
    expect(Object.keys(unzipped).sort()).toEqual([...files.keys()].sort());
    for (const [path, content] of files) expect(strFromU8(unzipped[path] as Uint8Array), path).toBe(content);
  });

  it('unzips into a Data Package v2.0 whose resources are all in the archive', () => {
    const schema = JSON.parse(readFileSync(new URL('../../../test/conformance/datapackage-2.0/datapackage.json', import.meta.url), 'utf8')) as object;
    const descriptor = JSON.parse(strFromU8(unzipped['datapackage.json'] as Uint8Array)) as { resources: { path: string }[] };
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    const valid = validate(descriptor);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 1)).toEqual([]);
    expect(valid).toBe(true);
    for (const resource of descriptor.resources) expect(unzipped[resource.path], resource.path).toBeDefined();
  });

  it('is reproducible: the same package gives the same bytes, dated the release day', () => {
    expect(Buffer.from(dataPackageZip(files, asOf)).equals(Buffer.from(zip))).toBe(true);
    expect(Buffer.from(dataPackageZip(files, '2027-01-01')).equals(Buffer.from(zip))).toBe(false);
  });
});
