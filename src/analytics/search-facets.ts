import { PATHWAY_TYPES, type Fact, type Pathway, type PathwayType } from '../domain/index.js';
import { admitsNationality, mentionedNationalities } from './nationality.js';
import { isOpenOn } from './pathway-dates.js';
import type { FilterName, Predicate, SearchQuery } from './search-filters.js';
import type { SearchFacets } from './search.schema.js';

const nationalityCandidates = new WeakMap<readonly Pathway[], string[]>();

function candidates(pathways: readonly Pathway[], asked: readonly string[] | undefined, base: (ps: readonly Pathway[]) => string[]): string[] {
  return [...new Set([...base(pathways), ...(asked ?? [])])].sort();
}

function mentioned(pathways: readonly Pathway[]): string[] {
  let codes = nationalityCandidates.get(pathways);
  if (!codes) nationalityCandidates.set(pathways, (codes = mentionedNationalities(pathways)));
  return codes;
}

const destinationsOf = (pathways: readonly Pathway[]): string[] => pathways.flatMap((p) => p.destinations);

function knownCounts(pool: readonly Pathway[], fact: (p: Pathway) => Fact<boolean>) {
  const counts = { true: 0, false: 0, unknown: 0 };
  for (const p of pool) {
    const { value } = fact(p);
    counts[value === null ? 'unknown' : value ? 'true' : 'false'] += 1;
  }
  return counts;
}

/**
 * Facet counts: for each filter, the pathways that pass every *other* active filter, counted by
 * that filter's values. `active` are the query's predicates by filter name.
 */
export function countFacets(pathways: readonly Pathway[], query: SearchQuery, active: ReadonlyMap<FilterName, Predicate>): SearchFacets {
  const failed = pathways.map((p) => [...active].filter(([, pass]) => !pass(p)).map(([name]) => name));
  const poolFor = (facet: FilterName): Pathway[] =>
    pathways.filter((_, i) => {
      const f = failed[i] ?? [];
      return f.length === 0 || (f.length === 1 && f[0] === facet);
    });

  const destination = Object.fromEntries(candidates(pathways, query.destination, destinationsOf).map((d) => [d, 0]));
  for (const p of poolFor('destination')) for (const d of new Set(p.destinations)) destination[d] = (destination[d] ?? 0) + 1;

  const nationalityPool = poolFor('nationality');
  const nationality = Object.fromEntries(candidates(pathways, query.nationality, mentioned)
    .map((n) => [n, nationalityPool.filter((p) => admitsNationality(p, n, query.open_on)).length]));

  const type = Object.fromEntries(PATHWAY_TYPES.map((t) => [t, 0])) as Record<PathwayType, number>;
  for (const p of poolFor('type')) type[p.type] += 1;

  const status_granted = { temporary: 0, permanent: 0, unknown: 0 };
  for (const p of poolFor('status_granted')) status_granted[p.status_granted.value ?? 'unknown'] += 1;

  const on = query.open_on;
  // The nationality filter judges the version in force on open_on, so a closed pathway fails it
  // too; without the date it would judge the pathway's whole history, and so does this count.
  const openPool = on === undefined ? [] : pathways.filter((p, i) => {
    const f = (failed[i] ?? []).filter((name) => name !== 'open_on');
    return f.length === 0
      || (f.length === 1 && f[0] === 'nationality' && !isOpenOn(p, on) && (query.nationality ?? []).some((n) => admitsNationality(p, n)));
  });
  const open = on === undefined ? 0 : openPool.filter((p) => isOpenOn(p, on)).length;

  return {
    destination,
    nationality,
    type,
    status_granted,
    path_to_permanence: knownCounts(poolFor('path_to_permanence'), (p) => p.path_to_permanence),
    free_of_charge: knownCounts(poolFor('free_of_charge'), (p) => p.application.free_of_charge),
    open_on: on === undefined ? null : { open, closed: openPool.length - open },
  };
}
