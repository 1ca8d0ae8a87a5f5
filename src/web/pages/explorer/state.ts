import type { PathwaysSearch } from '../../api/pathways.js';
import type { Lang } from '../../i18n/lang.js';
import { readSelection } from '../compare/selection.js';

export const SORTS = ['relevance', 'name', 'opening_date', 'last_reviewed'] as const;
export type Sort = (typeof SORTS)[number];
type Known = 'true' | 'false' | null;

/** Everything the explorer shows, as kept in its URL (`/es/explorer?type=parole&q=visa`). */
export interface ExplorerState {
  q: string;
  type: string[];
  destination: string[];
  /** Pathways not ruled out for nationals of these countries. */
  nationality: string[];
  status_granted: string[];
  /** Only pathways open that day (YYYY-MM-DD); null: open or not. */
  open_on: string | null;
  free_of_charge: Known;
  path_to_permanence: Known;
  sort: Sort | null;
  /** Cards (default) or a table. */
  view: 'list' | 'table';
  /** Pathways ticked for a comparison (at most four): they choose no results, only what to compare. */
  compare: string[];
}

const list = (value: string | undefined) => (value ? value.split(',').filter(Boolean) : []);
const known = (value: string | undefined): Known => (value === 'true' || value === 'false' ? value : null);

/** The state in `query` (preact-iso's `useLocation().query`); anything unreadable is left out. */
export function readState(query: Record<string, string | undefined>): ExplorerState {
  return {
    q: query.q ?? '',
    type: list(query.type),
    destination: list(query.destination),
    nationality: list(query.nationality),
    status_granted: list(query.status_granted).filter((v) => v === 'temporary' || v === 'permanent'),
    open_on: query.open_on && /^\d{4}-\d{2}-\d{2}$/.test(query.open_on) ? query.open_on : null,
    free_of_charge: known(query.free_of_charge),
    path_to_permanence: known(query.path_to_permanence),
    sort: (SORTS as readonly string[]).includes(query.sort ?? '') ? (query.sort as Sort) : null,
    view: query.view === 'table' ? 'table' : 'list',
    compare: readSelection(query.compare),
  };
}

/** The query string of `state` (without `?`), empty values left out, in a stable order. */
export function writeState(state: ExplorerState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  if (state.type.length) params.set('type', state.type.join(','));
  if (state.destination.length) params.set('destination', state.destination.join(','));
  if (state.nationality.length) params.set('nationality', state.nationality.join(','));
  if (state.status_granted.length) params.set('status_granted', state.status_granted.join(','));
  if (state.open_on) params.set('open_on', state.open_on);
  if (state.free_of_charge) params.set('free_of_charge', state.free_of_charge);
  if (state.path_to_permanence) params.set('path_to_permanence', state.path_to_permanence);
  if (state.sort) params.set('sort', state.sort);
  if (state.view === 'table') params.set('view', 'table');
  // Ids are kebab-case: the list is kept with readable commas, like the compare page's `ids`.
  const text = params.toString();
  const compare = state.compare.length ? `compare=${state.compare.join(',')}` : '';
  return [text, compare].filter(Boolean).join('&');
}

/** The API search of `state`: relevance needs words, so it is dropped when `q` is empty. */
export function toSearch(state: ExplorerState, lang: Lang, limit: number): PathwaysSearch {
  const sort = state.sort === 'relevance' && !state.q.trim() ? undefined : state.sort ?? undefined;
  return {
    lang, limit,
    q: state.q.trim() || undefined,
    type: state.type,
    destination: state.destination,
    nationality: state.nationality,
    status_granted: state.status_granted,
    open_on: state.open_on ?? undefined,
    free_of_charge: state.free_of_charge ?? undefined,
    path_to_permanence: state.path_to_permanence ?? undefined,
    sort,
  };
}

/** `values` with `value` added or removed. */
export function toggle(values: readonly string[], value: string, on: boolean): string[] {
  return on ? [...new Set([...values, value])] : values.filter((v) => v !== value);
}
