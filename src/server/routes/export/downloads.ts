import { createHash } from 'node:crypto';
import type { Pathway } from '../../../domain/index.js';
import { buildDataPackage, dataPackageZip, pathwaysCsv, pathwaysHxl, pathwaysJson, pathwaysParquet } from '../../../catalogue/open-data/index.js';
import type { StoredStatistics } from './stored-statistics.js';

/** What a download is made from. */
export interface DownloadInput {
  pathways: readonly Pathway[];
  /** The day it describes (`in_force`, HXL `#status`, the Data Package's release date), YYYY-MM-DD. */
  asOf: string;
  /** The dataset release, e.g. '0.1.0'. */
  version: string;
  /** Only the Data Package ships the statistics. */
  statistics?: StoredStatistics;
  /** The data folder the Data Package takes its upstream licence files from. */
  dataDir: string;
}

/** One download of the API and how it is made. */
export interface DownloadKind {
  /** Its path under /api. */
  path: string;
  /** The Content-Type it is served with. */
  contentType: string;
  /** The name a browser saves it under, from the release and the day. */
  filename: (version: string, asOf: string) => string;
  build: (input: DownloadInput) => string | Uint8Array;
}

/** A file made once and served many times, with the validator of its bytes. */
export interface BuiltFile {
  bytes: Uint8Array<ArrayBuffer>;
  contentType: string;
  filename: string;
  /** Weak, like every ETag of the API (compression changes the bytes of text, not its meaning). */
  etag: string;
}

// RFC 4180 registers `header=present` for CSV whose first line names the columns; HXL's CSV has it too.
const CSV = 'text/csv; charset=utf-8; header=present';

/** The downloads of `/api/export/…`, built by the open-data functions `vias export` uses. */
export const DOWNLOADS = {
  csv: {
    path: '/export/pathways.csv', contentType: CSV,
    filename: (v, d) => `vias-pathways-${v}-${d}.csv`,
    build: (i) => pathwaysCsv(i.pathways, i.asOf),
  },
  json: {
    path: '/export/pathways.json', contentType: 'application/json',
    filename: (v, d) => `vias-pathways-${v}-${d}.json`,
    build: (i) => pathwaysJson(i.pathways, i.version),
  },
  parquet: {
    path: '/export/pathways.parquet', contentType: 'application/vnd.apache.parquet',
    filename: (v, d) => `vias-pathways-${v}-${d}.parquet`,
    build: (i) => pathwaysParquet(i.pathways, i.asOf, i.version),
  },
  hxl: {
    path: '/export/pathways.hxl.csv', contentType: CSV,
    filename: (v, d) => `vias-pathways-${v}-${d}.hxl.csv`,
    build: (i) => pathwaysHxl(i.pathways, i.asOf),
  },
  zip: {
    path: '/export/datapackage.zip', contentType: 'application/zip',
    filename: (v, d) => `vias-datapackage-${v}-${d}.zip`,
    build: (i) => {
      const statistics = i.statistics ?? { series: [], observations: [] };
      const files = buildDataPackage({ pathways: i.pathways, series: statistics.series, observations: statistics.observations, version: i.version, released: i.asOf }, i.dataDir);
      return dataPackageZip(files, i.asOf);
    },
  },
} satisfies Record<string, DownloadKind>;
export type DownloadName = keyof typeof DOWNLOADS;

/**
 * Builds `kind` from `input`: the bytes, and a weak ETag of them computed here once, so that
 * serving the file again costs no hashing (the caching middleware keeps an ETag a route set).
 *
 * @example buildFile(DOWNLOADS.csv, { pathways, asOf: '2023-06-11', version: '0.1.0', dataDir: dataDir() }).filename // 'vias-pathways-0.1.0-2023-06-11.csv'
 */
export function buildFile(kind: DownloadKind, input: DownloadInput): BuiltFile {
  const built = kind.build(input);
  // The builders' bytes may sit on any buffer; a copy made once gives Response the plain one it takes.
  const bytes = typeof built === 'string' ? new TextEncoder().encode(built) : new Uint8Array(built);
  const etag = `W/"${createHash('sha256').update(bytes).digest('base64url').slice(0, 32)}"`;
  return { bytes, contentType: kind.contentType, filename: kind.filename(input.version, input.asOf), etag };
}

/**
 * The files built lately, by a key that names everything they are made from (the catalogue and
 * statistics loads, the day, the release): the `size` most recently served are kept, the least
 * recent dropped first. Requests for a file being built wait for that build; a failed build is
 * not kept.
 *
 * @example const file = await cache(`csv ${hash} ${asOf}`, () => buildFile(DOWNLOADS.csv, input));
 */
export function fileCache(size: number): (key: string, build: () => BuiltFile | Promise<BuiltFile>) => Promise<BuiltFile> {
  const files = new Map<string, Promise<BuiltFile>>();
  return (key, build) => {
    let file = files.get(key);
    if (file) {
      // Map keeps insertion order: moving a hit to the end makes the first key the least recent.
      files.delete(key);
    } else {
      file = Promise.resolve().then(build);
      const pending = file;
      pending.catch(() => { if (files.get(key) === pending) files.delete(key); });
    }
    files.set(key, file);
    if (files.size > size) files.delete(files.keys().next().value as string);
    return file;
  };
}
