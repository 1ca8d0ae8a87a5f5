import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { dataDir, readCatalogue } from '../../catalogue/index.js';
import { EXIT, UsageError, type Io } from '../io.js';
import { exportCommand, type ExportArgs } from './export.js';

const { catalogue } = readCatalogue(dataDir());

/** Runs the export command in-process, capturing what it prints. */
function exportWith(args: Partial<ExportArgs> & { format: string }) {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => { out += `${t}\n`; }, err: (t) => { err += `${t}\n`; }, readStdin: async () => '' };
  const code = exportCommand(io, catalogue, { asOf: '2026-11-28', data: dataDir(), version: '0.1.0', ...args });
  return { code, out, err };
}
const tmp = () => mkdtempSync(join(tmpdir(), 'vias-export-'));

describe('vias export (formats beyond json and csv)', () => {
  it('prints the pathways as HXL: header, hashtag row, one row per destination', () => {
    const r = exportWith({ format: 'hxl' });
    expect(r.code).toBe(EXIT.ok);
    const lines = r.out.trimEnd().split('\r\n');
    expect(lines[1]).toMatch(/^#x_pathway\+code,#country\+code\+dest\+v_iso2,/);
    expect(lines.length).toBe(2 + catalogue.pathways.reduce((n, p) => n + p.destinations.length, 0));
  });

  it('writes Parquet only to a file, reporting what it wrote on stderr', () => {
    expect(() => exportWith({ format: 'parquet' })).toThrow(UsageError);
    const out = join(tmp(), 'pathways.parquet');
    const r = exportWith({ format: 'parquet', out });
    expect(r.err).toBe(`✓ wrote ${catalogue.pathways.length} pathways to ${out}\n`);
    const bytes = readFileSync(out);
    expect([bytes.subarray(0, 4).toString(), bytes.subarray(-4).toString()]).toEqual(['PAR1', 'PAR1']);
  });

  it('zips the Data Package into one file', { timeout: 60_000 }, () => {
    expect(() => exportWith({ format: 'zip' })).toThrow(/needs --out FILE/);
    const out = join(tmp(), 'vias.zip');
    expect(exportWith({ format: 'zip', out }).err).toMatch(/wrote a Data Package with \d+ pathways and [\d,]+ observations/);
    const files = unzipSync(readFileSync(out));
    const descriptor = JSON.parse(strFromU8(files['datapackage.json'] as Uint8Array)) as { resources: { path: string }[] };
    for (const resource of descriptor.resources) expect(files[resource.path], resource.path).toBeDefined();
  });

  it('names every format when asked for an unknown one', () => {
    expect(() => exportWith({ format: 'xml' })).toThrow("--format: 'xml' is not one of json, csv, hxl, parquet, datapackage, zip");
  });
});
