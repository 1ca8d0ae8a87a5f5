import { searchPathways } from '../../../analytics/index.js';
import type { Pathway } from '../../../domain/index.js';
import { presentPathwaySummary } from '../../presenters/pathway.js';
import { answerQuery } from './query-params.js';
import type { ListPathwaysQuery, PathwayList } from './schema.js';
import { snapshotMemo } from './snapshot-memo.js';

/** Enough for every link of a busy day; a page is a few KB. */
const REMEMBERED_PAGES = 256;
const remember = snapshotMemo<PathwayList>(REMEMBERED_PAGES);

/**
 * One page of GET /api/pathways over `pathways` (the cached snapshot), texts in `query.lang`,
 * `open` as of `today`. Pages are remembered per snapshot, keyed by the validated query, so the
 * facets of a repeated question are counted once.
 * @throws ApiError 400 naming `query.cursor`, `query.sort`… when the analytics refuse the query.
 */
export function searchPage(pathways: readonly Pathway[], query: ListPathwaysQuery, today: string): PathwayList {
  const { lang, sort, order, limit, cursor, ...filters } = query;
  const key = JSON.stringify([today, lang, sort, order, limit, cursor, filters]);
  return remember(pathways, key, () => answerQuery(() => {
    const found = searchPathways(pathways, filters, { lang, sort, order, limit, cursor });
    return {
      total: found.total,
      count: found.items.length,
      items: found.items.map((p) => presentPathwaySummary(p, lang, today)),
      facets: found.facets,
      next_cursor: found.next_cursor,
    };
  }));
}
