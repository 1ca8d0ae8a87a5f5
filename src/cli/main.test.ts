import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDir } from '../catalogue/index.js';
import type { Io } from './io.js';
import { main } from './main.js';

/** Runs `vias` in-process, capturing its output. */
async function vias(args: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => { out += `${t}\n`; }, err: (t) => { err += `${t}\n`; }, readStdin: async () => stdin };
  const code = await main(args, io);
  return { code, out, err };
}

const tmp = () => mkdtempSync(join(tmpdir(), 'vias-cli-'));

describe('vias validate', () => {
  it('accepts the bundled catalogue', async () => {
    const r = await vias(['validate']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/catalogue valid: \d+ pathways/);
  });
  it('exits 1 and names file, line and fix for a broken catalogue', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'data', 'pathways', 'x'), { recursive: true });
    cpSync(join(dataDir(), 'variables.yaml'), join(dir, 'data', 'variables.yaml'));
    cpSync(new URL('../../test/fixtures/pathways/unknown-variable.yaml', import.meta.url).pathname, join(dir, 'data', 'pathways', 'x', 'unknown-variable.yaml'));
    const r = await vias(['validate', '--data', join(dir, 'data')]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("data/pathways/x/unknown-variable.yaml:43 eligibility[0].criteria[1].rule: criterion 'entered-before-cutoff' of pathway 'unknown-variable' uses variable 'entry_dat'");
    expect(r.err).toContain("Did you mean 'entry_date'?");
  });
});

describe('vias test', () => {
  it('runs every scenario and reports the totals', async () => {
    const r = await vias(['test']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/scenarios: \d+ passed, 0 failed/);
  });
});

describe('vias check', () => {
  const profile = JSON.stringify({ nationalities: ['VE'], current_country: 'CO', entry_date: '2019-06-10', entry_regular: false, has_criminal_record: false });

  it('prints the JSON contract for every pathway', async () => {
    const r = await vias(['check', '--profile', '-', '--as-of', '2021-09-01', '--json'], profile);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as { as_of: string; results: { pathway: string; outcome: string; criteria: { id: string; met: boolean | null; label: string }[]; missing: string[] }[] };
    expect(report.as_of).toBe('2021-09-01');
    const etpv = report.results.find((x) => x.pathway === 'co-etpv-ppt');
    expect(etpv).toEqual({
      pathway: 'co-etpv-ppt', outcome: 'eligible', missing: [],
      criteria: expect.arrayContaining([{ id: 'venezuelan-national', met: true, label: 'Venezuelan national' }]) as unknown,
    });
    expect(Object.keys(etpv?.criteria[0] ?? {})).toEqual(['id', 'met', 'label']);
  });
  it('reads a YAML profile file and answers in the requested language', async () => {
    const file = join(tmp(), 'person.yaml');
    writeFileSync(file, 'nationalities: [VE]\ncurrent_country: CO\nentry_date: 2021-03-15\nentry_regular: false\n');
    const r = await vias(['check', '--profile', file, '--as-of', '2021-09-01', '--lang', 'fr']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/✗ non éligible\s+co-etpv-ppt/);
    expect(r.out).toContain('En Colombie le 31 janvier 2021');
  });
  it('marks every pathway closed on a date before any was in force', async () => {
    const r = await vias(['check', '--profile', '-', '--as-of', '1900-01-01', '--json'], profile);
    const report = JSON.parse(r.out) as { results: { outcome: string }[] };
    expect(report.results.every((x) => x.outcome === 'closed')).toBe(true);
  });
  it('exits 2 naming the field of a malformed profile', async () => {
    const r = await vias(['check', '--profile', '-', '--json'], '{"birth_date": "1990-02-30", "nationalities": "VE"}');
    expect(r.code).toBe(2);
    expect(r.err).toContain('birth_date: must be a real date written YYYY-MM-DD');
    expect(r.err).toContain('nationalities: must be a list');
    expect(r.out).toBe('');
  });
  it('exits 2 for a bad date, a missing file and a missing option', async () => {
    expect((await vias(['check', '--profile', '-', '--as-of', '2021-13-01'], profile)).code).toBe(2);
    expect((await vias(['check', '--profile', '/nonexistent/profile.json'])).code).toBe(2);
    expect((await vias(['check'])).code).toBe(2);
  });
});

describe('vias load and export', () => {
  it('loads catalogue and statistics into a new database, then finds nothing to do the second time', { timeout: 120_000 }, async () => {
    const db = join(tmp(), 'test.db');
    const first = await vias(['load', '--db', db]);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/loaded \d+ pathways/);
    expect(first.out).toMatch(/loaded \d+ countries and 5 blocs/);
    expect(first.out).toMatch(/loaded 28 statistical series \([\d,]+ observations\)/);
    const second = await vias(['load', '--db', db]);
    expect(second.out).toContain('already holds this catalogue');
    expect(second.out).toContain('already holds these statistics');
  });
  it('exports CSV with a header and one row per pathway', async () => {
    const csv = await vias(['export', '--format', 'csv', '--as-of', '2022-01-01']);
    const json = await vias(['export', '--format', 'json']);
    const count = (JSON.parse(json.out) as { pathways: unknown[] }).pathways.length;
    const lines = csv.out.trim().split('\r\n');
    expect(lines[0]).toMatch(/^id,type,destinations,name_original,name_en,/);
    expect(lines.length).toBe(count + 1);
  });
  it('writes a Data Package into a folder, and asks for the folder', { timeout: 60_000 }, async () => {
    const dir = join(tmp(), 'package');
    const r = await vias(['export', '--format', 'datapackage', '--out', dir, '--as-of', '2026-11-28']);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/wrote a Data Package with \d+ pathways/);
    const descriptor = JSON.parse(readFileSync(join(dir, 'datapackage.json'), 'utf8')) as { resources: { path: string }[] };
    for (const resource of descriptor.resources) expect(existsSync(join(dir, resource.path)), resource.path).toBe(true);
    expect(existsSync(join(dir, 'CITATION.cff'))).toBe(true);
    expect((await vias(['export', '--format', 'datapackage'])).code).toBe(2);
  });
  it('writes HXL to standard output and Parquet to a file', async () => {
    const hxl = await vias(['export', '--format', 'hxl', '--as-of', '2022-01-01']);
    expect(hxl.code).toBe(0);
    expect(hxl.out.split('\n')[1]).toMatch(/^#/);
    const out = join(tmp(), 'pathways.parquet');
    expect((await vias(['export', '--format', 'parquet', '--out', out])).code).toBe(0);
    expect(readFileSync(out).subarray(0, 4).toString()).toBe('PAR1');
    expect((await vias(['export', '--format', 'parquet'])).code).toBe(2);
  });
  it('rejects an unknown format with exit 2, listing the formats', async () => {
    const r = await vias(['export', '--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/json, csv, hxl, parquet, datapackage, zip/);
  });
});

describe('vias usage', () => {
  it('prints help with exit 0, and exits 2 on an unknown command', async () => {
    expect((await vias(['--help'])).code).toBe(0);
    expect((await vias(['check', '--help'])).code).toBe(0);
    expect((await vias(['frobnicate'])).code).toBe(2);
  });
});
