import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { dataDir, readCatalogue, readStatistics } from '../index.js';
import { buildDataPackage } from './datapackage.js';

// The normative Data Package v2.0 JSON Schema (public domain; test/conformance/datapackage-2.0).
const schema = JSON.parse(readFileSync(new URL('../../../test/conformance/datapackage-2.0/datapackage.json', import.meta.url), 'utf8')) as object;
const { catalogue } = readCatalogue(dataDir());
const { statistics } = readStatistics(dataDir());
const files = buildDataPackage({ ...statistics, pathways: catalogue.pathways, version: '0.1.0', released: '2026-11-28' }, dataDir());
const descriptor = JSON.parse(files.get('datapackage.json') as string) as {
  licenses: { name?: string }[];
  resources: { name: string; path: string; schema: { fields: { name: string }[]; foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[] } }[];
};
const table = (name: string) => parse(files.get(`data/${name}.csv`) as string, { columns: true }) as Record<string, string>[];

describe('open data: the Data Package', () => {
  it('validates against the Data Package v2.0 schema', () => {
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    const valid = validate(descriptor);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 1)).toEqual([]);
    expect(valid).toBe(true);
  });

  it('describes every CSV column by column, in order', () => {
    for (const resource of descriptor.resources) {
      const header = (files.get(resource.path) as string).split('\r\n')[0]?.split(',');
      expect(header, resource.name).toEqual(resource.schema.fields.map((f) => f.name));
    }
  });

  it('holds every pathway, criterion and observation, with foreign keys that resolve', () => {
    expect(table('pathways').length).toBe(catalogue.pathways.length);
    const criteria = catalogue.pathways.reduce((n, p) => n + p.eligibility.reduce((m, v) => m + v.criteria.length, 0), 0);
    expect(table('criteria').length).toBe(criteria);
    expect(table('observations').length).toBe(statistics.observations.length);
    for (const resource of descriptor.resources) {
      for (const fk of resource.schema.foreignKeys ?? []) {
        const targets = new Set(table(fk.reference.resource).map((r) => r[fk.reference.fields[0] as string]));
        const missing = table(resource.name).filter((r) => !targets.has(r[fk.fields[0] as string]));
        expect(missing, `${resource.name} → ${fk.reference.resource}`).toEqual([]);
      }
    }
  });

  it('carries our licence, a citation and the upstream licences', () => {
    expect(descriptor.licenses[0]?.name).toBe('CC-BY-4.0');
    expect(files.get('CITATION.cff')).toMatch(/^cff-version: 1\.2\.0\n[\s\S]*license: CC-BY-4\.0/);
    expect(files.get('upstream/LICENSE-gdidata.txt')).toContain('gdidata');
    expect(files.has('upstream/CHANGELOG.md')).toBe(true);
  });

  it('keeps rules executable: each criterion row holds its JsonLogic as JSON', () => {
    const row = table('criteria').find((r) => r.pathway_id === 'co-etpv-ppt' && r.criterion_id === 'venezuelan-national');
    expect(JSON.parse(row?.rule ?? 'null')).toEqual({ intersects: [{ var: 'nationalities' }, ['VE']] });
  });
});
