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
 * into its database and on SQLite or PostgreSQL alike. The read is kept while the store's
 * latest statistics load is the same (one small query per call to check).
 *
 * @example const { series, observations } = await stats.current();
 */
export function storedStatistics(db: Kysely<Database>): { current(): Promise<StoredStatistics> } {
  let kept: Promise<StoredStatistics> | undefined;
  return {
    async current() {
      const hash = (await lastStatisticsLoad(db))?.content_hash ?? '';
      const previous = kept;
      if (previous && (await previous.catch(() => undefined))?.hash === hash) return previous;
      const reading = readAll(db, hash);
      kept = reading;
      // A failed read is not kept: the next download tries again.
      reading.catch(() => { if (kept === reading) kept = undefined; });
      return reading;
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
