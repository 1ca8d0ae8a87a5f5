import type { Series, SeriesAggregate } from '../../api/contract.js';
import { seriesAggregates } from '../../api/series.js';
import type { Lang } from '../../i18n/lang.js';
import type { Frequency } from './state.js';

type Bucket = SeriesAggregate['buckets'][number];

/** A period the source gives a value for; `months`: for a year added up from months, how many there were. */
export interface SeriesPoint {
  period: string;
  value: number;
  months: number | null;
  partial: boolean;
}

/**
 * The frequencies a series can be drawn at: months when it has them, years always, except that
 * a stock (people present on a date) is never added up over the months of a year.
 */
export function frequencies(series: Pick<Series, 'frequency' | 'measure'>): Frequency[] {
  if (series.frequency === 'annual') return ['yearly'];
  return series.measure === 'stock' ? ['monthly'] : ['monthly', 'yearly'];
}

/** Monthly buckets as points. */
export function monthPoints(buckets: readonly Bucket[]): SeriesPoint[] {
  return buckets.flatMap((b) => (b.key ? [{ period: b.key, value: b.value, months: null, partial: false }] : []));
}

/**
 * Yearly points from the series' yearly values (`annual`) and its months added up by year
 * (`fromMonths`). A year of fewer than 12 months is `partial`; where the publisher gives both,
 * its yearly value is kept.
 *
 * @example yearPoints([{ key: '2019', value: 78, periods: 1 }], [{ key: '2020', value: 69, periods: 8 }])
 * // [{ period: '2019', value: 78, months: null, partial: false }, { period: '2020', value: 69, months: 8, partial: true }]
 */
export function yearPoints(annual: readonly Bucket[], fromMonths: readonly Bucket[]): SeriesPoint[] {
  const points = new Map<string, SeriesPoint>();
  for (const b of fromMonths) if (b.key) points.set(b.key, { period: b.key, value: b.value, months: b.periods, partial: b.periods < 12 });
  for (const b of annual) if (b.key) points.set(b.key, { period: b.key, value: b.value, months: null, partial: false });
  return [...points.values()].sort((a, b) => (a.period < b.period ? -1 : 1));
}

/**
 * Every value of `series` for `origin` (alpha-3, or `all` for every origin together) at
 * `frequency`, through the API's aggregates: months as published, years as published or
 * added up from months.
 */
export async function loadPoints(series: Pick<Series, 'indicator' | 'frequency'>, frequency: Frequency, origin: string, lang: Lang, signal?: AbortSignal): Promise<SeriesPoint[]> {
  const base = { lang, origin: origin === 'all' ? undefined : origin };
  const ask = (by: 'month' | 'year', only: 'monthly' | 'annual') =>
    seriesAggregates(series.indicator, { ...base, by, frequency: only }, signal).then((a) => a.buckets);
  if (frequency === 'monthly') return monthPoints(await ask('month', 'monthly'));
  const [annual, fromMonths] = await Promise.all([
    series.frequency === 'monthly' ? [] : ask('year', 'annual'),
    series.frequency === 'annual' ? [] : ask('year', 'monthly'),
  ]);
  return yearPoints(annual, fromMonths);
}
