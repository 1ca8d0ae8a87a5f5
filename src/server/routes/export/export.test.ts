import { parse } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { describe, expect, it } from 'vitest';
import { dataDir, readCatalogue } from '../../../catalogue/index.js';
import type { Pathway, SeriesInfo } from '../../../domain/index.js';
import { loadCatalogue, loadStatistics, migrateToLatest, openStore } from '../../../store/index.js';
import { createApp } from '../../app.js';
import { catalogueCache } from '../../catalogue-cache.js';
import { buildTestApp, useTestApp } from '../../test-app.js';

const { catalogue } = readCatalogue(dataDir());
const ids = catalogue.pathways.map((p) => p.id).sort();

const series: SeriesInfo = {
  indicator: 'darien.transits', title: 'Darién transits', description: 'People crossing the Darién gap into Panama', unit: 'people',
  frequency: 'monthly', publisher: 'Servicio Nacional de Migración', url: 'https://www.migracion.gob.pa/', licence: 'Public data',
  licence_id: 'notspecified', via: 'gdidata', published: null,
};
const observations = [
  { indicator: 'darien.transits', origin: 'VEN', location: 'PAN', period: '2023-05', value: 25_000 },
  { indicator: 'darien.transits', origin: 'HTI', location: 'PAN', period: '2023-05', value: 4_000 },
];

const ctx = useTestApp();

async function download(url: string, headers: Record<string, string> = {}) {
  const res = await ctx.app.request(url, { headers });
  expect(res.status, `${url}: ${res.status}`).toBe(200);
  return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
}
const text = (bytes: Uint8Array) => new TextDecoder('utf-8', { fatal: true }).decode(bytes);
const ascii = (bytes: Uint8Array) => String.fromCharCode(...bytes);

describe('GET /api/export/pathways.csv', () => {
  it('is a CSV file named with the release and the day, a header and one row per pathway', async () => {
    const { res, bytes } = await download('/api/export/pathways.csv');
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="vias-pathways-0.1.0-2022-01-15.csv"');
    const [header, ...rows] = parse(text(bytes), { record_delimiter: '\r\n' }) as string[][];
    expect(header?.slice(0, 2)).toEqual(['id', 'type']);
    expect(rows.map((r) => r[0]).sort()).toEqual(ids);
  });

  it('says which pathways were in force on `as_of`, and names the file after that day', async () => {
    const inForce = async (asOf: string) => {
      const { res, bytes } = await download(`/api/export/pathways.csv?as_of=${asOf}`);
      expect(res.headers.get('content-disposition')).toContain(`-${asOf}.csv`);
      const rows = parse(text(bytes), { columns: true }) as Record<string, string>[];
      return rows.find((r) => r.id === 'co-etpv-ppt')?.in_force;
    };
    expect(await inForce('2022-06-01')).toBe('true');
    expect(await inForce('2024-06-01')).toBe('false'); // the ETPV closed on 2023-11-24
  });

  it('rejects a day that does not exist, naming the parameter', async () => {
    const res = await ctx.app.request('/api/export/pathways.csv?as_of=2023-02-30');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'invalid_request', errors: [{ path: 'query.as_of' }] });
  });

  it('is gzip-compressed on request, and the same file once unpacked', async () => {
    const plain = await download('/api/export/pathways.csv');
    const res = await ctx.app.request('/api/export/pathways.csv', { headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    const unpacked = await new Response(res.body?.pipeThrough(new DecompressionStream('gzip'))).arrayBuffer();
    expect(new Uint8Array(unpacked)).toEqual(plain.bytes);
  });
});

describe('GET /api/export/pathways.json', () => {
  it('holds every whole record and the release', async () => {
    const { res, bytes } = await download('/api/export/pathways.json');
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="vias-pathways-0.1.0-2022-01-15.json"');
    const file = JSON.parse(text(bytes)) as { version: string; pathways: Pathway[] };
    expect(file.version).toBe('0.1.0');
    expect(file.pathways.map((p) => p.id).sort()).toEqual(ids);
    expect(file.pathways.find((p) => p.id === 'co-etpv-ppt')?.eligibility.length).toBeGreaterThan(1);
  });
});

describe('GET /api/export/pathways.parquet', () => {
  it('is a Parquet file (PAR1 at both ends) that reads back with one row per pathway', async () => {
    const { res, bytes } = await download('/api/export/pathways.parquet?as_of=2022-06-01');
    expect(res.headers.get('content-type')).toBe('application/vnd.apache.parquet');
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="vias-pathways-0.1.0-2022-06-01.parquet"');
    expect(ascii(bytes.subarray(0, 4))).toBe('PAR1');
    expect(ascii(bytes.subarray(-4))).toBe('PAR1');
    const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    expect(Number(parquetMetadata(file).num_rows)).toBe(ids.length);
    const rows = await parquetReadObjects({ file, columns: ['id', 'in_force'] });
    expect(rows.map((r) => r.id).sort()).toEqual(ids);
    expect(rows.find((r) => r.id === 'co-etpv-ppt')?.in_force).toBe(true);
  });

  it('is not gzipped even when asked, so its bytes arrive intact', async () => {
    const plain = await download('/api/export/pathways.parquet');
    const asked = await download('/api/export/pathways.parquet', { 'accept-encoding': 'gzip, deflate' });
    expect(asked.res.headers.get('content-encoding')).toBeNull();
    expect(asked.bytes).toEqual(plain.bytes);
  });
});

describe('GET /api/export/pathways.hxl.csv', () => {
  it('puts the HXL hashtags under the header, a row per pathway and destination', async () => {
    const { res, bytes } = await download('/api/export/pathways.hxl.csv');
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="vias-pathways-0.1.0-2022-01-15.hxl.csv"');
    const [header, tags, ...rows] = parse(text(bytes)) as string[][];
    expect(header?.[0]).toBe('pathway_id');
    expect(tags?.[0]).toBe('#x_pathway+code');
    expect(rows).toHaveLength(catalogue.pathways.reduce((n, p) => n + p.destinations.length, 0));
  });
});

describe('GET /api/export/datapackage.zip', () => {
  it('zips datapackage.json and every resource it lists, with the statistics the store holds', async () => {
    const { app, db } = await buildTestApp();
    try {
      await loadStatistics(db, { series: [series], observations, fingerprint: 'test-darien' });
      const res = await app.request('/api/export/datapackage.zip?as_of=2023-06-11');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/zip');
      expect(res.headers.get('content-disposition')).toBe('attachment; filename="vias-datapackage-0.1.0-2023-06-11.zip"');
      const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
      const descriptor = JSON.parse(strFromU8(files['datapackage.json']!)) as { version: string; created: string; resources: { path: string }[] };
      expect(descriptor).toMatchObject({ version: '0.1.0', created: '2023-06-11T00:00:00Z' });
      for (const { path } of descriptor.resources) expect(Object.keys(files), path).toContain(path);
      expect(Object.keys(files)).toEqual(expect.arrayContaining(['data/pathways.json', 'CITATION.cff', 'LICENSE.md']));
      const table = (name: string) => parse(strFromU8(files[`data/${name}.csv`]!), { columns: true }) as Record<string, string>[];
      expect(table('pathways').map((r) => r.id).sort()).toEqual(ids);
      expect(table('series').map((r) => r.indicator)).toEqual(['darien.transits']);
      expect(table('observations').map((r) => [r.origin, r.value])).toEqual([['HTI', '4000'], ['VEN', '25000']]);

      // New statistics loaded: a new package, even for the same day.
      await loadStatistics(db, { series: [series], observations: observations.slice(1), fingerprint: 'test-darien-2' });
      const again = unzipSync(new Uint8Array(await (await app.request('/api/export/datapackage.zip?as_of=2023-06-11')).arrayBuffer()));
      expect(parse(strFromU8(again['data/observations.csv']!), { columns: true })).toHaveLength(1);
    } finally {
      await db.destroy();
    }
  });
});

describe('downloads: caching', () => {
  it('answers 304 to its ETag, weak or strong, and sends the same bytes again', async () => {
    for (const url of ['/api/export/datapackage.zip', '/api/export/pathways.parquet', '/api/export/pathways.csv?as_of=2023-06-11']) {
      const first = await download(url);
      const etag = first.res.headers.get('etag') ?? '';
      expect(etag, url).toMatch(/^W\/"[^"]+"$/);
      expect((await download(url)).bytes, url).toEqual(first.bytes);
      for (const sent of [etag, etag.slice(2), `"other", ${etag}`]) {
        const res = await ctx.app.request(url, { headers: { 'if-none-match': sent } });
        expect(res.status, `${url} If-None-Match: ${sent}`).toBe(304);
        expect(await res.text()).toBe('');
        expect(res.headers.get('etag')).toBe(etag);
      }
    }
  });

  it('builds new files when a new catalogue is loaded', async () => {
    const db = openStore({ kind: 'sqlite', file: ':memory:' });
    try {
      await migrateToLatest(db);
      await loadCatalogue(db, catalogue.pathways);
      const app = createApp({ db, variables: catalogue.variables, today: () => '2022-01-15', catalogue: catalogueCache(db, { recheckMs: 0 }) });
      const rows = async () => (parse(await (await app.request('/api/export/pathways.csv')).text(), { columns: true }) as { id: string }[]).map((r) => r.id).sort();
      expect(await rows()).toHaveLength(ids.length);
      await loadCatalogue(db, catalogue.pathways.slice(0, 3));
      expect(await rows()).toEqual(catalogue.pathways.slice(0, 3).map((p) => p.id).sort());
    } finally {
      await db.destroy();
    }
  });
});
