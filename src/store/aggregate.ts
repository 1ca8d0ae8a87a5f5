import { sql, type Kysely } from 'kysely';
import type { Database } from './database.js';
import { matching, type ObservationFrequency, type OneOrMany } from './observations.repository.js';
import { usFiscalYear } from './periods.js';
import { seriesMeasure, type SeriesMeasure } from './series-measures.js';
import { SeriesQueryError } from './statistics-errors.js';

/**
 * How to group a series: by calendar `month` or `year`, by US federal fiscal year
 * (`us_fiscal_year`, October–September, as CBP publishes), or by `origin` / `location` (largest first).
 */
export const AGGREGATE_BY = ['month', 'year', 'us_fiscal_year', 'origin', 'location'] as const;
export type AggregateBy = (typeof AGGREGATE_BY)[number];

export interface AggregateOptions {
  by: AggregateBy;
  from?: string | undefined;
  to?: string | undefined;
  origin?: OneOrMany | undefined;
  location?: OneOrMany | undefined;
  /** Only monthly or only yearly values (of a series that holds both). */
  frequency?: ObservationFrequency | undefined;
  /** by origin or location: keep only the largest `limit` groups (all when not given); time groups are never cut. */
  limit?: number | undefined;
}

export interface AggregateBucket {
  /** YYYY-MM, YYYY, FY2023, or an area code; null is the group with no breakdown by origin or location. */
  key: string | null;
  value: number;
  /** Stored periods added into this value: 12 for a year of complete months, 1 for a yearly value. */
  periods: number;
}

export interface SeriesAggregate {
  indicator: string;
  unit: string;
  measure: SeriesMeasure;
  by: AggregateBy;
  from: string | null;
  to: string | null;
  /**
   * The sum over every bucket, also those a `limit` leaves out; null for a stock over several
   * dates, whose sum would count the same people more than once.
   */
  total: number | null;
  buckets: AggregateBucket[];
}

type Filter = Omit<AggregateOptions, 'by' | 'limit'> & { indicator: string };

interface Span { first: string | null; last: string | null; total: number }

async function span(db: Kysely<Database>, f: Filter): Promise<Span> {
  const row = await matching(db, f).select((eb) => [
    eb.fn.min('period').as('first'), eb.fn.max('period').as('last'), sql<number>`coalesce(sum(value), 0)`.as('total'),
  ]).executeTakeFirstOrThrow();
  return { first: row.first, last: row.last, total: Number(row.total) };
}

/** Months and fiscal years need monthly data: a yearly total cannot be split. */
function checkGranularity(indicator: string, by: AggregateBy, periods: readonly string[]): void {
  const yearly = periods.filter((p) => p.length === 4);
  const lastYearly = yearly.at(-1);
  if ((by !== 'month' && by !== 'us_fiscal_year') || lastYearly === undefined) return;
  const what = by === 'month' ? 'months' : 'fiscal years (October–September)';
  throw new SeriesQueryError('granularity_mismatch', 'by', yearly.length === periods.length
    ? `${indicator} holds yearly values, which cannot be split into ${what}; ask by=year`
    : `${indicator} holds yearly totals up to ${lastYearly}, which cannot be split into ${what}; ask by=year, or from=${Number(lastYearly) + 1}-01`);
}

function stockOverTime(indicator: string, detail: string, fix: string): SeriesQueryError {
  return new SeriesQueryError('stock_over_time', 'from', `${indicator} counts people present at a date (a stock), so adding ${detail} counts the same people more than once; ${fix}`);
}

const ROLL_UP: Record<'month' | 'year' | 'us_fiscal_year', (period: string) => string> = {
  month: (p) => p.slice(0, 7),
  year: (p) => p.slice(0, 4),
  us_fiscal_year: usFiscalYear,
};

async function byTime(db: Kysely<Database>, f: Filter, by: 'month' | 'year' | 'us_fiscal_year', measure: SeriesMeasure): Promise<AggregateBucket[]> {
  const rows = await matching(db, f).select((eb) => ['period', eb.fn.sum<number>('value').as('value')]).groupBy('period').orderBy('period').execute();
  checkGranularity(f.indicator, by, rows.map((r) => r.period));
  const buckets = new Map<string, AggregateBucket>();
  for (const row of rows) {
    const key = ROLL_UP[by](row.period);
    const bucket = buckets.get(key) ?? { key, value: 0, periods: 0 };
    bucket.value += Number(row.value);
    bucket.periods += 1;
    buckets.set(key, bucket);
  }
  const result = [...buckets.values()];
  const summed = result.find((b) => b.periods > 1);
  if (measure === 'stock' && summed) throw stockOverTime(f.indicator, `the ${summed.periods} values of ${summed.key}`, 'ask by=month');
  return result;
}

async function byArea(db: Kysely<Database>, f: Filter, by: 'origin' | 'location', limit: number | undefined): Promise<AggregateBucket[]> {
  let q = matching(db, f).select((eb) => [
    eb.ref(by).as('key'), eb.fn.sum<number>('value').as('value'), sql<number>`count(distinct period)`.as('periods'),
  ]).groupBy(by).orderBy('value', 'desc').orderBy(by);
  if (limit !== undefined) q = q.limit(limit);
  const rows = await q.execute();
  return rows.map((r) => ({ key: r.key || null, value: Number(r.value), periods: Number(r.periods) }));
}

function checkedLimit(limit: number | undefined): number | undefined {
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1)) throw new SeriesQueryError('invalid_limit', 'limit', `limit must be a whole number of at least 1, found ${limit}`);
  return limit;
}

/**
 * Sums an indicator's observations per month, year or US fiscal year (in period order), or per
 * origin or location (largest first). Months roll up into years and fiscal years; a yearly value
 * is never split into months, and a stock is never added across dates.
 * @throws SeriesQueryError `unknown_indicator`; `granularity_mismatch` for months or fiscal years of
 * yearly values; `stock_over_time` for a stock summed across dates; `invalid_period`, `invalid_limit`.
 *
 * @example await aggregateSeries(db, 'darien.transits', { by: 'month', origin: 'VEN', from: '2021', to: '2024' })
 * @example await aggregateSeries(db, 'unhcr.refugees', { by: 'origin', location: 'COL', from: '2022', to: '2022', limit: 10 })
 */
export async function aggregateSeries(db: Kysely<Database>, indicator: string, options: AggregateOptions): Promise<SeriesAggregate> {
  const { by, from, to, origin, location, frequency } = options;
  const limit = checkedLimit(options.limit);
  const filter: Filter = { indicator, from, to, origin, location, frequency };
  const series = await db.selectFrom('series').select('unit').where('indicator', '=', indicator).executeTakeFirst();
  if (!series) throw new SeriesQueryError('unknown_indicator', 'indicator', `there is no series '${indicator}'; the list of series names every indicator`);
  const measure = seriesMeasure(indicator);
  const result = { indicator, unit: series.unit, measure, by, from: from ?? null, to: to ?? null };
  if (by !== 'origin' && by !== 'location') {
    const buckets = await byTime(db, filter, by, measure);
    const total = measure === 'stock' && buckets.length > 1 ? null : buckets.reduce((n, b) => n + b.value, 0);
    return { ...result, total, buckets };
  }
  const { first, last, total } = await span(db, filter);
  if (measure === 'stock' && first !== last) {
    throw stockOverTime(indicator, `the values of ${first} to ${last}`, `ask for one period, e.g. from=${last}&to=${last}`);
  }
  return { ...result, total, buckets: await byArea(db, filter, by, limit) };
}
