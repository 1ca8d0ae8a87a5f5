import type { Lang } from '../i18n/lang.js';
import { getJson } from './client.js';
import type { AggregatesQuery, Series, SeriesAggregate, SeriesList } from './contract.js';

/**
 * GET /api/series: every statistical series loaded, what it counts and over which periods.
 *
 * @example (await listSeries('es')).items.map((s) => s.indicator) // ['cbp.sw_border_encounters', 'darien.transits', …]
 */
export function listSeries(lang: Lang, signal?: AbortSignal): Promise<SeriesList> {
  return getJson<SeriesList>('/api/series', { lang }, signal);
}

/** GET /api/series/{indicator}: what a series counts, who publishes it, under which licence. */
export function getSeries(indicator: string, lang: Lang, signal?: AbortSignal): Promise<Series> {
  return getJson<Series>(`/api/series/${encodeURIComponent(indicator)}`, { lang }, signal);
}

/**
 * GET /api/series/{indicator}/aggregates: the series added up `by` month, year, US fiscal year,
 * origin or location.
 *
 * @example await seriesAggregates('darien.transits', { lang: 'es', by: 'year' })
 */
export function seriesAggregates(indicator: string, query: Omit<AggregatesQuery, 'limit'> & { lang: Lang; limit?: number }, signal?: AbortSignal): Promise<SeriesAggregate> {
  return getJson<SeriesAggregate>(`/api/series/${encodeURIComponent(indicator)}/aggregates`, query, signal);
}

/** The last bucket that covers a whole year (12 months, or one yearly value): partial years are left out. */
export function lastWholeYear(aggregate: SeriesAggregate): SeriesAggregate['buckets'][number] | null {
  const whole = aggregate.buckets.filter((b) => b.key !== null && (b.periods === 12 || (b.periods === 1 && /^\d{4}$/.test(b.key))));
  return whole.at(-1) ?? null;
}
