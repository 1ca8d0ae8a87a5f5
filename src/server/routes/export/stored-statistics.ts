import type { Kysely } from 'kysely';
import type { Observation, SeriesInfo } from '../../../domain/index.js';
import { lastStatisticsLoad, listSeries, MAX_LIMIT, queryObservations, type Database } from '../../../store/index.js';

/** Every series and observation of the store, and the load they came from ('' when none). */
export interface StoredStatistics {
  hash: string;
  series: SeriesInfo[];
  observations: Observation[];
}

/**
 * The statistics the Data Package ships, read from the store (every series, every observation
 * in indicator–period–origin–location order, a page of 10,000 at a time) rather than from the
 * data folder: the package then holds what this server serves, whichever folder was loaded
 * into its database and on SQLite or PostgreSQL alike. `hash()` names the latest load (one small
 * query: what a cache of built files is keyed on); `read(hash)` reads it all, requests that come
 * while a read is under way sharing it. Once done the read is let go: the built files are cached,
 * and the 300,000 observations of the bundled data would otherwise hold tens of MB for good.
 *
 * @example const stats = storedStatistics(db); const { observations } = await stats.read(await stats.hash());
 */
export function storedStatistics(db: Kysely<Database>) {
  let reading: { hash: string; read: Promise<StoredStatistics> } | undefined;
  return {
    async hash(): Promise<string> {
      return (await lastStatisticsLoad(db))?.content_hash ?? '';
    },
    read(hash: string): Promise<StoredStatistics> {
      if (reading?.hash === hash) return reading.read;
      const current = { hash, read: readAll(db, hash) };
      reading = current;
      const done = () => { if (reading === current) reading = undefined; };
      current.read.then(done, done);
      return current.read;
    },
  };
}

/** The read, done again (twice at most) if a load landed meanwhile: its pages could mix two loads. */
async function readAll(db: Kysely<Database>, hash: string): Promise<StoredStatistics> {
  let read = await readPages(db, hash);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const now = (await lastStatisticsLoad(db))?.content_hash ?? '';
    if (now === read.hash) break;
    read = await readPages(db, now);
  }
  return read;
}

async function readPages(db: Kysely<Database>, hash: string): Promise<StoredStatistics> {
  const listed = await listSeries(db);
  const series = listed.map(({ measure: _measure, first_period: _first, last_period: _last, ...info }): SeriesInfo => info);
  const observations: Observation[] = [];
  let cursor: string | undefined;
  do {
    const page = await queryObservations(db, { limit: MAX_LIMIT, cursor });
    observations.push(...page.observations);
    cursor = page.next_cursor ?? undefined;
  } while (cursor !== undefined);
  return { hash, series, observations };
}
