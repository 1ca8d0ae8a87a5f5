import { localize, type Lang, type Pathway } from '../domain/index.js';
import { decodeCursor, encodeCursor, type CursorPosition } from './cursor.js';
import { QueryError } from './errors.js';
import { openingDate } from './pathway-dates.js';

export const SEARCH_SORTS = ['relevance', 'name', 'opening_date', 'last_reviewed'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];
export type SortOrder = 'asc' | 'desc';

/** Relevance and dates read best newest / most relevant first; names A to Z. */
export const DEFAULT_ORDER: Record<SearchSort, SortOrder> = { relevance: 'desc', name: 'asc', opening_date: 'desc', last_reviewed: 'desc' };

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;

export interface Sorting {
  sort: SearchSort;
  order: SortOrder;
  lang: Lang;
  /** Relevance scores by pathway id (relevance sort only). */
  scores: ReadonlyMap<string, number> | null;
}

interface Keyed { key: string | number; id: string; pathway: Pathway }

const collators = new Map<Lang, Intl.Collator>();
function collator(lang: Lang): Intl.Collator {
  let c = collators.get(lang);
  if (!c) collators.set(lang, (c = new Intl.Collator(lang, { numeric: true })));
  return c;
}

function sortKey(p: Pathway, s: Sorting): string | number {
  switch (s.sort) {
    case 'relevance': return s.scores?.get(p.id) ?? 0;
    case 'name': return localize(p.name, s.lang);
    case 'opening_date': return openingDate(p);
    case 'last_reviewed': return p.last_reviewed;
  }
}

/** A total order: the sort key in the asked direction, then the id (always ascending) to break ties. */
function comparator(s: Sorting): (a: Omit<Keyed, 'pathway'>, b: Omit<Keyed, 'pathway'>) => number {
  const byName = collator(s.lang);
  const sign = s.order === 'asc' ? 1 : -1;
  return (a, b) => {
    const byKey = typeof a.key === 'number' && typeof b.key === 'number'
      ? a.key - b.key
      : s.sort === 'name' ? byName.compare(String(a.key), String(b.key)) : String(a.key) < String(b.key) ? -1 : String(a.key) > String(b.key) ? 1 : 0;
    if (byKey !== 0) return sign * byKey;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
}

/**
 * Sorts the matches and cuts the page after `cursor` (exclusive): keyset pagination over the
 * sort key and the id, so paging through yields every match exactly once, in order.
 * @throws QueryError `invalid_cursor`, `invalid_limit`
 */
export function sortAndPage(
  matches: readonly Pathway[], s: Sorting, cursor: string | null | undefined, limit: number,
): { items: Pathway[]; next_cursor: string | null } {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new QueryError('invalid_limit', 'limit', `limit must be a whole number from 1 to ${MAX_LIMIT}, not ${limit}`);
  }
  const compare = comparator(s);
  const keyed: Keyed[] = matches.map((p) => ({ key: sortKey(p, s), id: p.id, pathway: p })).sort(compare);
  let start = 0;
  if (cursor) {
    const after: CursorPosition = decodeCursor(cursor, s.sort, s.order);
    if ((typeof after.key === 'number') !== (s.sort === 'relevance')) {
      throw new QueryError('invalid_cursor', 'cursor', 'the cursor is not one this API gave out; start again without it');
    }
    start = keyed.findIndex((k) => compare(k, after) > 0);
    if (start === -1) start = keyed.length;
  }
  const page = keyed.slice(start, start + limit);
  const last = page.at(-1);
  const more = start + limit < keyed.length;
  return {
    items: page.map((k) => k.pathway),
    next_cursor: more && last ? encodeCursor({ sort: s.sort, order: s.order, key: last.key, id: last.id }) : null,
  };
}
