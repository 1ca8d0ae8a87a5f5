import { sql, type Kysely } from 'kysely';
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

export interface ObservationFilter {
  indicator: string;
  origin?: string | undefined;
  location?: string | undefined;
  /** Inclusive bounds compared as text, so '2023' ≤ '2023-05' ≤ '2023-12' ≤ '2023~'. */
  from?: string | undefined;
  to?: string | undefined;
}

function matching(db: Kysely<Database>, f: ObservationFilter) {
  let q = db.selectFrom('observations').where('indicator', '=', f.indicator);
  if (f.origin !== undefined) q = q.where('origin', '=', f.origin);
  if (f.location !== undefined) q = q.where('location', '=', f.location);
  if (f.from !== undefined) q = q.where('period', '>=', f.from);
  if (f.to !== undefined) q = q.where('period', '<=', `${f.to}~`);
  return q;
}

/** Observations of one indicator in period order. */
export async function listObservations(db: Kysely<Database>, f: ObservationFilter): Promise<Observation[]> {
  const rows = await matching(db, f).selectAll().orderBy('period').orderBy('origin').orderBy('location').execute();
  return rows.map((r) => ({ indicator: r.indicator, origin: r.origin || null, location: r.location || null, period: r.period, value: Number(r.value) }));
}

/** The sum of an indicator's observations matching the filter (every origin and location unless given). */
export async function sumObservations(db: Kysely<Database>, f: ObservationFilter): Promise<number> {
  const row = await matching(db, f).select(sql<number>`coalesce(sum(value), 0)`.as('total')).executeTakeFirstOrThrow();
  return Number(row.total);
}

/** Every series' metadata, by indicator. */
export async function listSeries(db: Kysely<Database>): Promise<SeriesInfo[]> {
  const rows = await db.selectFrom('series').selectAll().orderBy('indicator').execute();
  return rows.map((r) => ({ ...r, frequency: r.frequency as SeriesInfo['frequency'] }));
}
