import { isIsoDate, type Fact, type Pathway, type PathwayType } from '../domain/index.js';
import { QueryError } from './errors.js';
import { admitsNationality } from './nationality.js';
import { isOpenOn } from './pathway-dates.js';

/**
 * What to look for. Lists match any of their values (an empty list filters nothing); filters
 * combine with AND. Booleans match only a known fact: a pathway whose `free_of_charge` no source
 * states matches neither `true` nor `false` (it is counted in the facet's `unknown`).
 */
export interface SearchQuery {
  /** ISO 3166-1 alpha-2 destination countries. */
  destination?: readonly string[];
  /**
   * Nationalities (alpha-2) whose nationals the pathway may admit: the pathway is dropped only
   * when its criteria definitely rule them out — evaluated on `open_on` when given, else over its
   * whole history (see `admitsNationality`).
   */
  nationality?: readonly string[];
  type?: readonly PathwayType[];
  status_granted?: readonly ('temporary' | 'permanent')[];
  /** YYYY-MM-DD: an eligibility version is in force that day. */
  open_on?: string;
  path_to_permanence?: boolean;
  free_of_charge?: boolean;
  /** Full text, in any of the four languages (see `textScores`). */
  q?: string;
}

export const FILTERS = ['destination', 'nationality', 'type', 'status_granted', 'open_on', 'path_to_permanence', 'free_of_charge', 'q'] as const;
export type FilterName = (typeof FILTERS)[number];

export type Predicate = (p: Pathway) => boolean;

const anyOf = <T>(values: readonly T[] | undefined): values is readonly T[] => values !== undefined && values.length > 0;
const knownIs = <T>(fact: Fact<T>, value: T | undefined): boolean => fact.value !== null && fact.value === value;

/**
 * The query's active filters as predicates (q's are given, computed by the caller).
 * @throws QueryError `invalid_date` when `open_on` is not a real YYYY-MM-DD date.
 */
export function predicates(query: SearchQuery, textMatch: Predicate | null): Map<FilterName, Predicate> {
  const on = query.open_on;
  if (on !== undefined && !isIsoDate(on)) throw new QueryError('invalid_date', 'open_on', `open_on must be a real date written YYYY-MM-DD, not '${on}'`);
  const active = new Map<FilterName, Predicate>();
  const { destination, nationality, type, status_granted: status } = query;
  if (anyOf(destination)) active.set('destination', (p) => p.destinations.some((d) => destination.includes(d)));
  if (anyOf(nationality)) active.set('nationality', (p) => nationality.some((n) => admitsNationality(p, n, on)));
  if (anyOf(type)) active.set('type', (p) => type.includes(p.type));
  if (anyOf(status)) active.set('status_granted', (p) => p.status_granted.value !== null && status.includes(p.status_granted.value));
  if (on !== undefined) active.set('open_on', (p) => isOpenOn(p, on));
  if (query.path_to_permanence !== undefined) active.set('path_to_permanence', (p) => knownIs(p.path_to_permanence, query.path_to_permanence));
  if (query.free_of_charge !== undefined) active.set('free_of_charge', (p) => knownIs(p.application.free_of_charge, query.free_of_charge));
  if (textMatch) active.set('q', textMatch);
  return active;
}
