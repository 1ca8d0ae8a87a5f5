import type { Kysely } from 'kysely';
import type { SeriesInfo } from '../domain/index.js';
import type { Database } from './database.js';
import type { OneOrMany } from './observations.repository.js';
import { seriesMeasure, type SeriesMeasure } from './series-measures.js';

/** Which series to list; each given field narrows the list, several values of one field widen it. */
export interface SeriesFilter {
  indicator?: OneOrMany | undefined;
  /** Series with at least one observation of this origin. */
  origin?: OneOrMany | undefined;
  /** Series with at least one observation about this location. */
  location?: OneOrMany | undefined;
  frequency?: SeriesInfo['frequency'] | readonly SeriesInfo['frequency'][] | undefined;
}

/** A series' metadata and citation (SeriesInfo), whether it is a stock or a flow, and its time span. */
export interface SeriesListing extends SeriesInfo {
  measure: SeriesMeasure;
  /** Earliest and latest period observed, as stored (YYYY, YYYY-MM or YYYY-MM-DD); null without observations. */
  first_period: string | null;
  last_period: string | null;
}

const list = <T extends string>(value: T | readonly T[]): readonly T[] => (typeof value === 'string' ? [value as T] : (value as readonly T[]));

/**
 * The series catalogue, by indicator.
 *
 * @example await listSeries(db, { origin: 'VEN', frequency: 'monthly' }) // CBP encounters, …
 */
export async function listSeries(db: Kysely<Database>, filter: SeriesFilter = {}): Promise<SeriesListing[]> {
  const { indicator, origin, location, frequency } = filter;
  let q = db.selectFrom('series as s').selectAll('s')
    .select((eb) => [
      eb.selectFrom('observations as o').whereRef('o.indicator', '=', 's.indicator').select((o) => o.fn.min('o.period').as('p')).as('first_period'),
      eb.selectFrom('observations as o').whereRef('o.indicator', '=', 's.indicator').select((o) => o.fn.max('o.period').as('p')).as('last_period'),
    ]);
  if (indicator !== undefined) q = q.where('s.indicator', 'in', list(indicator));
  if (frequency !== undefined) q = q.where('s.frequency', 'in', list(frequency));
  if (origin !== undefined) {
    q = q.where(({ exists, selectFrom }) => exists(selectFrom('observations as o').select('o.indicator')
      .whereRef('o.indicator', '=', 's.indicator').where('o.origin', 'in', list(origin))));
  }
  if (location !== undefined) {
    q = q.where(({ exists, selectFrom }) => exists(selectFrom('observations as o').select('o.indicator')
      .whereRef('o.indicator', '=', 's.indicator').where('o.location', 'in', list(location))));
  }
  const rows = await q.orderBy('s.indicator').execute();
  return rows.map(({ first_period, last_period, ...r }) => ({
    ...r, frequency: r.frequency as SeriesInfo['frequency'], measure: seriesMeasure(r.indicator),
    first_period: first_period ?? null, last_period: last_period ?? null,
  }));
}

/** One series by indicator, or undefined. @example await getSeries(db, 'darien.transits') */
export async function getSeries(db: Kysely<Database>, indicator: string): Promise<SeriesListing | undefined> {
  return (await listSeries(db, { indicator }))[0];
}
