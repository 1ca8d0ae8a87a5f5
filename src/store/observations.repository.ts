import { sql, type Kysely } from 'kysely';
import type { Observation } from '../domain/index.js';
import type { Database, ObservationTable } from './database.js';
import { periodBounds } from './periods.js';
import { SeriesQueryError } from './statistics-errors.js';

/** One code or several; several match any of them. */
export type OneOrMany = string | readonly string[];

/**
 * Which observations to read. `origin`/`location` are three-letter area codes; `from`/`to` are
 * inclusive periods of any granularity (YYYY, YYYY-MM, YYYY-MM-DD), and an observation counts when
 * its whole period lies inside them: `to=2015-06` keeps 2015-06 but not the yearly total 2015.
 */
export interface ObservationFilter {
  indicator?: OneOrMany | undefined;
  origin?: OneOrMany | undefined;
  location?: OneOrMany | undefined;
  from?: string | undefined;
  to?: string | undefined;
  /** Only values of one granularity: `monthly` (YYYY-MM periods) or `annual` (YYYY), e.g. the months of a mixed series. */
  frequency?: ObservationFrequency | undefined;
}

export type ObservationFrequency = 'monthly' | 'annual';
const PERIOD_LENGTH: Record<ObservationFrequency, number> = { monthly: 7, annual: 4 };

const list = (value: OneOrMany): readonly string[] => (typeof value === 'string' ? [value] : value);

/** The observations matching a filter; every period check is plain text comparison (see periodBounds). */
export function matching(db: Kysely<Database>, f: ObservationFilter) {
  const bounds = periodBounds(f.from, f.to);
  let q = db.selectFrom('observations');
  if (f.indicator !== undefined) q = q.where('indicator', 'in', list(f.indicator));
  if (f.origin !== undefined) q = q.where('origin', 'in', list(f.origin));
  if (f.location !== undefined) q = q.where('location', 'in', list(f.location));
  if (bounds.lower !== undefined) q = q.where('period', '>=', bounds.lower);
  if (bounds.upperExclusive !== undefined) q = q.where('period', '<', bounds.upperExclusive);
  if (bounds.excluded.length > 0) q = q.where('period', 'not in', bounds.excluded);
  const length = f.frequency === undefined ? undefined : PERIOD_LENGTH[f.frequency];
  if (length !== undefined) q = q.where((eb) => eb(eb.fn<number>('length', ['period']), '=', length));
  return q;
}

export const toObservation = (r: ObservationTable): Observation => ({
  indicator: r.indicator, origin: r.origin || null, location: r.location || null, period: r.period, value: Number(r.value),
});

/** The sum of one indicator's observations matching the filter (every origin and location unless given). */
export async function sumObservations(db: Kysely<Database>, f: ObservationFilter & { indicator: string }): Promise<number> {
  const row = await matching(db, f).select(sql<number>`coalesce(sum(value), 0)`.as('total')).executeTakeFirstOrThrow();
  return Number(row.total);
}

export const DEFAULT_LIMIT = 1000;
export const MAX_LIMIT = 10_000;

export interface ObservationQuery extends ObservationFilter {
  /** Rows per page: 1 to 10,000; 1,000 when not given. */
  limit?: number | undefined;
  /** `next_cursor` of the previous page. */
  cursor?: string | undefined;
}

export interface ObservationPage {
  observations: Observation[];
  /** Pass as `cursor` for the next page; null on the last page. */
  next_cursor: string | null;
}

type Key = [indicator: string, period: string, origin: string, location: string];

function encodeCursor(key: Key): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): Key {
  let key: unknown;
  try {
    key = /^[A-Za-z0-9_-]+$/.test(cursor) ? JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) : undefined;
  } catch {
    key = undefined;
  }
  if (!Array.isArray(key) || key.length !== 4 || !key.every((k) => typeof k === 'string')) {
    throw new SeriesQueryError('invalid_cursor', 'cursor', 'the cursor is not one this API gave out; start again without it');
  }
  return key as Key;
}

function checkedLimit(limit: number | undefined): number {
  if (limit === undefined) return DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new SeriesQueryError('invalid_limit', 'limit', `limit must be a whole number from 1 to ${MAX_LIMIT.toLocaleString('en')}, found ${limit}`);
  }
  return limit;
}

/**
 * Observations matching the filter in (indicator, period, origin, location) order, a page at a
 * time. The cursor names the last row of the previous page, not an offset, so pages neither skip
 * nor repeat rows when the filter is the same.
 * @throws SeriesQueryError `invalid_period`, `invalid_limit` or `invalid_cursor`.
 *
 * @example
 * const page = await queryObservations(db, { indicator: 'darien.transits', origin: 'VEN', from: '2021', to: '2024', limit: 100 });
 * const more = page.next_cursor ? await queryObservations(db, { indicator: 'darien.transits', origin: 'VEN', from: '2021', to: '2024', limit: 100, cursor: page.next_cursor }) : undefined;
 */
export async function queryObservations(db: Kysely<Database>, q: ObservationQuery): Promise<ObservationPage> {
  const limit = checkedLimit(q.limit);
  let query = matching(db, q).selectAll();
  if (q.cursor !== undefined) {
    const after = decodeCursor(q.cursor);
    query = query.where(({ eb, refTuple, tuple }) => eb(refTuple('indicator', 'period', 'origin', 'location'), '>', tuple(...after)));
  }
  const rows = await query.orderBy('indicator').orderBy('period').orderBy('origin').orderBy('location').limit(limit + 1).execute();
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    observations: page.map(toObservation),
    next_cursor: rows.length > limit && last ? encodeCursor([last.indicator, last.period, last.origin, last.location]) : null,
  };
}
