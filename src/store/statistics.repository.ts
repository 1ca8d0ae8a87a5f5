import type { Kysely } from 'kysely';
import type { Observation, SeriesInfo } from '../domain/index.js';
import type { Database } from './database.js';

export interface StatisticsLoadResult {
  changed: boolean;
  series: number;
  observations: number;
}

/** Rows per INSERT: 5 parameters each, well under SQLite's and PostgreSQL's parameter limits. */
const BATCH = 2000;

/**
 * Replaces all series and observations in one transaction: all or nothing, and idempotent (a
 * load whose `fingerprint` matches the last one writes nothing). `onProgress` receives the
 * number of observations written so far.
 */
export async function loadStatistics(
  db: Kysely<Database>, stats: { series: readonly SeriesInfo[]; observations: readonly Observation[]; fingerprint: string },
  onProgress?: (done: number, total: number) => void, now = new Date(),
): Promise<StatisticsLoadResult> {
  const { series, observations, fingerprint } = stats;
  return db.transaction().execute(async (trx) => {
    if ((await lastStatisticsLoad(trx))?.content_hash === fingerprint) return { changed: false, series: series.length, observations: observations.length };
    await trx.deleteFrom('observations').execute();
    await trx.deleteFrom('series').execute();
    if (series.length > 0) await trx.insertInto('series').values(series.map((s) => ({ ...s }))).execute();
    for (let i = 0; i < observations.length; i += BATCH) {
      await trx.insertInto('observations').values(observations.slice(i, i + BATCH).map((o) => ({
        indicator: o.indicator, origin: o.origin ?? '', location: o.location ?? '', period: o.period, value: o.value,
      }))).execute();
      onProgress?.(Math.min(i + BATCH, observations.length), observations.length);
    }
    await trx.insertInto('statistics_loads').values({ content_hash: fingerprint, observation_count: observations.length, loaded_at: now.toISOString() }).execute();
    return { changed: true, series: series.length, observations: observations.length };
  });
}

/** The last statistics load, or undefined if none. */
export async function lastStatisticsLoad(db: Kysely<Database>): Promise<{ content_hash: string; observation_count: number; loaded_at: string } | undefined> {
  return db.selectFrom('statistics_loads').selectAll().orderBy('loaded_at', 'desc').limit(1).executeTakeFirst();
}
