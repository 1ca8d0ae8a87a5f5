import { describe, expect, it } from 'vitest';
import { dataDir, readCatalogue } from '../catalogue/index.js';
import type { Pathway } from '../domain/index.js';
import { openingDate, QueryError, SEARCH_SORTS, searchPathways, type SearchOptions, type SearchQuery } from './index.js';

const { catalogue } = readCatalogue(dataDir());
const pathways = catalogue.pathways;

/** Follows next_cursor from the first page to the last. */
function pageThrough(all: readonly Pathway[], query: SearchQuery, options: SearchOptions): { pages: string[][]; ids: string[] } {
  const pages: string[][] = [];
  let cursor: string | null = null;
  do {
    const page = searchPathways(all, query, { ...options, cursor });
    pages.push(page.items.map((p) => p.id));
    cursor = page.next_cursor;
  } while (cursor !== null && pages.length < 100);
  return { pages, ids: pages.flat() };
}

const everything = (query: SearchQuery, options: SearchOptions) => searchPathways(pathways, query, { ...options, limit: 100 }).items.map((p) => p.id);

describe('analytics.searchPathways: sorting and cursors', () => {
  const cases = SEARCH_SORTS.flatMap((sort) => (['asc', 'desc'] as const).map((order) => ({ sort, order })));

  it.each(cases)('pages through every match exactly once, in order (sort=$sort, order=$order)', ({ sort, order }) => {
    const query: SearchQuery = sort === 'relevance' ? { q: 'regularizacion' } : {};
    const { pages, ids } = pageThrough(pathways, query, { sort, order, limit: 7, lang: 'es' });
    expect(ids).toEqual(everything(query, { sort, order, lang: 'es' }));
    expect(new Set(ids).size).toBe(searchPathways(pathways, query).total);
    expect(pages.slice(0, -1).every((p) => p.length === 7)).toBe(true);
  });

  it('sorts names with the language\'s collation', () => {
    const names = searchPathways(pathways, {}, { sort: 'name', lang: 'fr', limit: 100 }).items.map((p) => p.name.fr);
    expect(names).toEqual([...names].sort(new Intl.Collator('fr', { numeric: true }).compare));
  });

  it('puts the newest first by default for dates, and the most relevant first for text', () => {
    const newest = searchPathways(pathways, {}, { sort: 'opening_date', limit: 100 }).items.map(openingDate);
    expect(newest).toEqual([...newest].sort().reverse());
    expect(searchPathways(pathways, { q: 'etpv' }).items[0]?.id).toBe('co-etpv-ppt');
  });

  it('defaults to 20 a page, and the last page has no next cursor', () => {
    const first = searchPathways(pathways, {});
    expect(first.items).toHaveLength(20);
    expect(first.next_cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(searchPathways(pathways, {}, { limit: 100 }).next_cursor).toBeNull();
  });

  it('resumes after the last item seen even when earlier items have gone', () => {
    const first = searchPathways(pathways, {}, { limit: 10 });
    const fewer = pathways.filter((p) => p.id !== first.items[0]?.id);
    const next = searchPathways(fewer, {}, { limit: 10, cursor: first.next_cursor });
    expect(next.items).toEqual(searchPathways(pathways, {}, { limit: 10, cursor: first.next_cursor }).items);
  });

  it.each([
    ['not base64url', { cursor: 'not a cursor!' }, 'invalid_cursor'],
    ['base64url of something else', { cursor: 'eyJhIjoxfQ' }, 'invalid_cursor'],
    ['a forged key of the wrong kind', { cursor: 'WyJuYW1lIiwiYXNjIiw1LCJ4Il0' }, 'invalid_cursor'],
    ['too small a limit', { limit: 0 }, 'invalid_limit'],
    ['too large a limit', { limit: 101 }, 'invalid_limit'],
    ['a fractional limit', { limit: 2.5 }, 'invalid_limit'],
    ['relevance without words', { sort: 'relevance' }, 'invalid_sort'],
  ] as [string, SearchOptions, string][])('refuses %s with a typed error', (_, options, code) => {
    expect(() => searchPathways(pathways, {}, options)).toThrow(QueryError);
    expect(() => searchPathways(pathways, {}, options)).toThrow(expect.objectContaining({ code }));
  });

  it('refuses a cursor made for another sort', () => {
    const { next_cursor } = searchPathways(pathways, {}, { sort: 'name', limit: 5 });
    expect(() => searchPathways(pathways, {}, { sort: 'last_reviewed', cursor: next_cursor })).toThrow(expect.objectContaining({ code: 'invalid_cursor', field: 'cursor' }));
  });
});
