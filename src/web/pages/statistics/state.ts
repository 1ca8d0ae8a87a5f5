/** Monthly values, or yearly totals. */
export type Frequency = 'monthly' | 'yearly';
export type View = 'chart' | 'table';
/** Which lifecycle events of the marked pathways are drawn: openings, suspensions and closings, or every change. */
export type EventScope = 'main' | 'all';

/**
 * Everything the statistics page shows, as kept in its URL
 * (`/es/statistics?indicator=darien.transits&origin=VEN&from=2021-01&to=2024-12&view=table`).
 * `null` means "the default for this series", resolved once the series is known.
 */
export interface StatisticsState {
  indicator: string;
  /** ISO alpha-3 origin as the statistics give it, or `all`; null: Venezuela when the series has it. */
  origin: string | null;
  frequency: Frequency | null;
  /** First and last period shown (YYYY-MM or YYYY), inclusive; null: from the first / to the last. */
  from: string | null;
  to: string | null;
  view: View;
  /** The pathways whose events are marked; null: the page's choice for this series and origin. */
  marks: string[] | null;
  events: EventScope;
}

export const DEFAULT_INDICATOR = 'darien.transits';
export const DEFAULT_ORIGIN = 'VEN';
/** In `marks`, the reader's choice of marking no pathway at all (an empty value would read as "default"). */
const NO_MARKS = 'none';

const INDICATOR = /^[a-z0-9_]+(\.[a-z0-9_]+)*$/;
const ORIGIN = /^([A-Z]{3}|all)$/;
const PERIOD = /^\d{4}(-(0[1-9]|1[0-2]))?$/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The state in `query` (preact-iso's `useLocation().query`); anything unreadable falls back to the default. */
export function readState(query: Record<string, string | undefined>): StatisticsState {
  const pick = (value: string | undefined, pattern: RegExp) => (value !== undefined && pattern.test(value) ? value : null);
  const marks = query.marks === undefined ? null : query.marks === NO_MARKS ? [] : query.marks.split(',').filter((id) => SLUG.test(id));
  return {
    indicator: pick(query.indicator, INDICATOR) ?? DEFAULT_INDICATOR,
    origin: pick(query.origin, ORIGIN),
    frequency: query.frequency === 'monthly' || query.frequency === 'yearly' ? query.frequency : null,
    from: pick(query.from, PERIOD),
    to: pick(query.to, PERIOD),
    view: query.view === 'table' ? 'table' : 'chart',
    marks,
    events: query.events === 'all' ? 'all' : 'main',
  };
}

/** The query string of `state` (without `?`), defaults left out, in a stable order. */
export function writeState(state: StatisticsState): string {
  const params = new URLSearchParams();
  params.set('indicator', state.indicator);
  if (state.origin) params.set('origin', state.origin);
  if (state.frequency) params.set('frequency', state.frequency);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.view === 'table') params.set('view', 'table');
  if (state.marks) params.set('marks', state.marks.length ? state.marks.join(',') : NO_MARKS);
  if (state.events === 'all') params.set('events', 'all');
  return params.toString().replaceAll('%2C', ',');
}

/**
 * The state after the reader picks another series: its origin kept, what belongs to the old
 * series (frequency, period, marked pathways) back to the new one's defaults.
 */
export function withIndicator(state: StatisticsState, indicator: string): StatisticsState {
  return { ...state, indicator, frequency: null, from: null, to: null, marks: null };
}

/** Another origin: the marked pathways go back to those relevant for it; the period stays. */
export function withOrigin(state: StatisticsState, origin: string): StatisticsState {
  return { ...state, origin, marks: null };
}

/** Another frequency: months and years do not mix, so the period goes back to the whole series. */
export function withFrequency(state: StatisticsState, frequency: Frequency): StatisticsState {
  return { ...state, frequency, from: null, to: null };
}

/**
 * The period shown, within `available` (the series' periods at the chosen frequency, in order):
 * the URL's `from`/`to` when they are among them, the ends otherwise, swapped if reversed.
 */
export function resolveRange(state: Pick<StatisticsState, 'from' | 'to'>, available: readonly string[]): { from: string; to: string } | null {
  if (available.length === 0) return null;
  const from = state.from && available.includes(state.from) ? state.from : available[0]!;
  const to = state.to && available.includes(state.to) ? state.to : available.at(-1)!;
  return from <= to ? { from, to } : { from: to, to: from };
}
