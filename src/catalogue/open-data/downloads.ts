import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Pathway } from '../../domain/index.js';
import { toCsv } from './table.js';
import { pathwaysTable } from './tables.js';

/**
 * The downloads the API serves and `vias export` writes, as pure functions returning strings or
 * bytes: the same input always gives the same bytes, so a download's ETag is stable.
 */

/**
 * One row per pathway, RFC 4180 (CRLF line ends, a header row, quotes doubled) in UTF-8; unknown
 * facts are empty cells. Serve as `text/csv; charset=utf-8; header=present`.
 *
 * @example pathwaysCsv(catalogue.pathways, '2026-11-28').split('\r\n')[0] // 'id,type,destinations,…'
 */
export function pathwaysCsv(pathways: readonly Pathway[], asOf: string): string {
  return toCsv(pathwaysTable(pathways, asOf));
}

/**
 * The whole sourced records, as `data/pathways.json` of the Data Package holds them.
 *
 * @example JSON.parse(pathwaysJson(catalogue.pathways, '0.1.0')).pathways.length
 */
export function pathwaysJson(pathways: readonly Pathway[], version: string): string {
  return `${JSON.stringify({ version, pathways }, null, 2)}\n`;
}

/**
 * A folder of files (as `buildDataPackage` returns them) zipped, with every entry dated `released`
 * (local midnight, as ZIP's DOS timestamps have no time zone) so the archive is reproducible.
 *
 * @example dataPackageZip(buildDataPackage(input, dataDir()), '2026-11-28') // Uint8Array, starts with PK\x03\x04
 */
export function dataPackageZip(files: ReadonlyMap<string, string>, released: string): Uint8Array {
  const [year, month, day] = released.split('-').map(Number) as [number, number, number];
  const mtime = new Date(year, month - 1, day);
  const entries: Zippable = {};
  for (const [path, content] of files) entries[path] = [strToU8(content), { mtime }];
  return zipSync(entries, { level: 6 });
}
