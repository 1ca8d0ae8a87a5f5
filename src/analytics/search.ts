import type { Lang, Pathway } from '../domain/index.js';
import { QueryError } from './errors.js';
import { countFacets } from './search-facets.js';
import { predicates, type SearchQuery } from './search-filters.js';
import { DEFAULT_LIMIT, DEFAULT_ORDER, sortAndPage, type SearchSort, type SortOrder } from './search-sort.js';
import type { SearchFacets } from './search.schema.js';
import { textScores } from './text-index.js';

export interface SearchOptions {
  /** The language whose names the `name` sort collates (default en). */
  lang?: Lang;
  /** Default: `relevance` when `q` has words, else `name`. */
  sort?: SearchSort;
  /** Default: ascending for `name`, descending (most relevant, newest) for the others. */
  order?: SortOrder;
  /** 1 to 100, default 20. */
  limit?: number;
  /** The `next_cursor` of the previous page, for the same query, sort and order. */
  cursor?: string | null;
}

export interface SearchResult {
  /** This page's pathways, in order. */
  items: Pathway[];
  /** How many pathways match, over all pages. */
  total: number;
  facets: SearchFacets;
  next_cursor: string | null;
}

/**
 * Faceted search over the catalogue: filters, full text, facet counts, sorting and cursor
 * pagination, over the in-memory pathways (pass the same array each time: the text index and the
 * nationality answers are cached on it).
 * @throws QueryError `invalid_cursor`, `invalid_limit`, `invalid_sort` (relevance without words
 * to search), `invalid_date` (open_on).
 *
 * @example
 * const page = searchPathways(pathways, { nationality: ['VE'], open_on: '2022-06-01', q: 'proteccion' }, { lang: 'es' });
 * page.items.map((p) => p.id); // ['co-etpv-ppt', …]
 * page.facets.type.temporary_protection; // how many pathways choosing that type would give
 */
export function searchPathways(pathways: readonly Pathway[], query: SearchQuery, options: SearchOptions = {}): SearchResult {
  const scores = query.q === undefined ? null : textScores(pathways, query.q);
  const sort = options.sort ?? (scores ? 'relevance' : 'name');
  if (sort === 'relevance' && !scores) throw new QueryError('invalid_sort', 'sort', 'sort=relevance needs words to search for in q; sort by name, opening_date or last_reviewed instead');
  const active = predicates(query, scores ? (p) => scores.has(p.id) : null);
  const matches = pathways.filter((p) => [...active.values()].every((pass) => pass(p)));
  const page = sortAndPage(matches, { sort, order: options.order ?? DEFAULT_ORDER[sort], lang: options.lang ?? 'en', scores }, options.cursor, options.limit ?? DEFAULT_LIMIT);
  return { ...page, total: matches.length, facets: countFacets(pathways, query, active) };
}
