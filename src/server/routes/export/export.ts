import { createRoute, type z } from '@hono/zod-openapi';
import type { Context, TypedResponse } from 'hono';
import { dataDir } from '../../../catalogue/index.js';
import type { ResolvedDeps } from '../../deps.js';
import type { AppEnv } from '../../env.js';
import { BinaryBody, download, notModified, problems, TextBody } from '../../openapi/responses.js';
import { newRouter } from '../../openapi/router.js';
import { datasetVersion } from './dataset-version.js';
import { buildFile, DOWNLOADS, fileCache, type BuiltFile, type DownloadName } from './downloads.js';
import { AsOfQuery, NoQuery, PathwaysFile } from './schema.js';
import { storedStatistics } from './stored-statistics.js';

const TAGS = ['open data'];
const DAY_NOTE = 'The `in_force` column tells whether an eligibility version is in force on `as_of` (default today).';

const csv = createRoute({
  method: 'get', path: DOWNLOADS.csv.path, tags: TAGS,
  summary: 'The pathways table as CSV (RFC 4180, UTF-8, a header row; unknown facts are empty cells)',
  description: DAY_NOTE,
  request: { query: AsOfQuery },
  responses: { 200: download('text/csv', 'One row per pathway', TextBody), ...notModified, ...problems(400) },
});

const json = createRoute({
  method: 'get', path: DOWNLOADS.json.path, tags: TAGS,
  summary: 'The whole sourced records as JSON, as the Data Package holds them',
  request: { query: NoQuery },
  responses: { 200: download('application/json', 'Every pathway with its sources, rules and history', PathwaysFile), ...notModified, ...problems(400) },
});

const parquet = createRoute({
  method: 'get', path: DOWNLOADS.parquet.path, tags: TAGS,
  summary: 'The pathways table as Apache Parquet, typed from its Table Schema (unknown facts are NULL)',
  description: `${DAY_NOTE} The Table Schema travels in the file's key-value metadata.`,
  request: { query: AsOfQuery },
  responses: { 200: download('application/vnd.apache.parquet', 'One row per pathway', BinaryBody), ...notModified, ...problems(400) },
});

const hxl = createRoute({
  method: 'get', path: DOWNLOADS.hxl.path, tags: TAGS,
  summary: 'The pathways as HXL 1.1 for humanitarian tools: the CSV with a row of hashtags under the header',
  description: 'One row per pathway and destination country; `#status` is `open` when an eligibility version is in force on `as_of` (default today). docs/data-model.md explains the hashtags.',
  request: { query: AsOfQuery },
  responses: { 200: download('text/csv', 'One row per pathway and destination, after the hashtag row', TextBody), ...notModified, ...problems(400) },
});

const zip = createRoute({
  method: 'get', path: DOWNLOADS.zip.path, tags: TAGS,
  summary: 'The catalogue and the statistics as a Frictionless Data Package v2, zipped',
  description: '`datapackage.json`, a CSV per table (pathways, criteria, events, figures, sources, series, observations) with Table Schemas, the full records as JSON, CITATION.cff, our licence and the upstream licences. `as_of` (default today) is the release date recorded in it and the day `in_force` is computed for.',
  request: { query: AsOfQuery },
  responses: { 200: download('application/zip', 'The Data Package', BinaryBody), ...notModified, ...problems(400) },
});

/** A built file as the answer: its media type, the name to save it under, and its ETag. */
function send(c: Context<AppEnv>, file: BuiltFile): Response {
  return c.body(file.bytes, 200, {
    'Content-Type': file.contentType,
    'Content-Disposition': `attachment; filename="${file.filename}"`,
    ETag: file.etag,
  });
}

/**
 * GET /api/export/pathways.{csv,json,parquet,hxl.csv} and /api/export/datapackage.zip: the open
 * data `vias export` writes, each file built once per catalogue load (and statistics load, for
 * the Data Package), release and day, then served from memory. The statistics come from the store
 * (see stored-statistics.ts); the upstream licence files and the release from the bundled data/.
 */
export function exportRoutes(deps: ResolvedDeps) {
  const folder = dataDir();
  const statistics = storedStatistics(deps.db);
  // Text files are tens of kB, the Data Package about 2.5 MB: a few days of each stay in memory.
  const cache = fileCache(16);

  async function file(name: DownloadName, asOf: string | undefined): Promise<BuiltFile> {
    const snapshot = await deps.catalogue.current();
    const day = asOf ?? deps.today();
    const version = datasetVersion(folder);
    // Only the Data Package holds statistics: its key names their load, read only to build it.
    const statsHash = name === 'zip' ? await statistics.hash() : '';
    const key = [name, snapshot.hash, statsHash, day, version].join(' ');
    return cache(key, async () => buildFile(DOWNLOADS[name], {
      pathways: snapshot.pathways, asOf: day, version, dataDir: folder,
      statistics: name === 'zip' ? await statistics.read(statsHash) : undefined,
    }));
  }

  return newRouter()
    .openapi(csv, async (c) => send(c, await file('csv', c.req.valid('query').as_of)))
    // The JSON file is served as built (pretty-printed, byte-stable); the contract test checks it against PathwaysFile.
    .openapi(json, async (c) => send(c, await file('json', undefined)) as Response & TypedResponse<z.infer<typeof PathwaysFile>, 200, 'json'>)
    .openapi(parquet, async (c) => send(c, await file('parquet', c.req.valid('query').as_of)))
    .openapi(hxl, async (c) => send(c, await file('hxl', c.req.valid('query').as_of)))
    .openapi(zip, async (c) => send(c, await file('zip', c.req.valid('query').as_of)));
}
