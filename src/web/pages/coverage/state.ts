import { AMERICAS_NUMERIC } from '../../map/americas.js';
import { asPathwayType, type PathwayType } from '../../map/pathway-types.js';
import { isCalendarDate } from './timeline.js';

/** Everything the coverage page shows, as kept in its URL (`/es/coverage?as_of=2023-06-11&type=parole`). */
export interface CoverageState {
  /** The day looked at; null: today. */
  as_of: string | null;
  /** Count only pathways of this type; null: every type. */
  type: PathwayType | null;
  /** The rows: nationalities of the Americas (default) or every one the catalogue names. */
  rows: 'americas' | 'all';
}

/** The state in `query` (preact-iso's `useLocation().query`); anything unreadable is left out. */
export function readState(query: Record<string, string | undefined>): CoverageState {
  return {
    as_of: isCalendarDate(query.as_of) ? query.as_of : null,
    type: asPathwayType(query.type),
    rows: query.rows === 'all' ? 'all' : 'americas',
  };
}

/** The query string of `state` (without `?`), defaults left out, in a stable order. */
export function writeState(state: CoverageState): string {
  const params = new URLSearchParams();
  if (state.as_of) params.set('as_of', state.as_of);
  if (state.type) params.set('type', state.type);
  if (state.rows === 'all') params.set('rows', 'all');
  return params.toString();
}

/** The nationalities shown as rows, of those the matrix has. */
export function shownRows(nationalities: readonly string[], rows: CoverageState['rows']): string[] {
  return rows === 'all' ? [...nationalities] : nationalities.filter((code) => code in AMERICAS_NUMERIC);
}
