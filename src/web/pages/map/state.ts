import { asPathwayType, type PathwayType } from '../../map/pathway-types.js';
import { isCalendarDate } from '../coverage/timeline.js';

/** Everything the map page shows, as kept in its URL (`/es/map?nationality=VE&type=parole&on=2023-06-11`). */
export interface MapState {
  /** Whose pathways: nationals of this country (ISO alpha-2); null: every pathway. */
  nationality: string | null;
  /** Only pathways of this type; null: every type. */
  type: PathwayType | null;
  /** The day the pathways are open; null: today. */
  on: string | null;
  /** The map (default) or the same figures as a table. */
  view: 'map' | 'table';
}

/** The state in `query` (preact-iso's `useLocation().query`); anything unreadable is left out. */
export function readState(query: Record<string, string | undefined>): MapState {
  const nationality = query.nationality?.toUpperCase();
  return {
    nationality: nationality && /^[A-Z]{2}$/.test(nationality) ? nationality : null,
    type: asPathwayType(query.type),
    on: isCalendarDate(query.on) ? query.on : null,
    view: query.view === 'table' ? 'table' : 'map',
  };
}

/** The query string of `state` (without `?`), defaults left out, in a stable order. */
export function writeState(state: MapState): string {
  const params = new URLSearchParams();
  if (state.nationality) params.set('nationality', state.nationality);
  if (state.type) params.set('type', state.type);
  if (state.on) params.set('on', state.on);
  if (state.view === 'table') params.set('view', 'table');
  return params.toString();
}

/** The explorer's query for the pathways the map counts in `destination`. */
export function explorerQuery(state: MapState, destination: string, day: string): string {
  const params = new URLSearchParams();
  if (state.type) params.set('type', state.type);
  params.set('destination', destination);
  if (state.nationality) params.set('nationality', state.nationality);
  params.set('open_on', day);
  return params.toString();
}
