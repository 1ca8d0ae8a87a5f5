import type { Lang } from '../i18n/lang.js';
import { getJson } from './client.js';
import type { PathwayDetail, PathwaySummary } from './contract.js';
import { searchPathways } from './pathways.js';

/**
 * GET /api/pathways/{id}: one pathway, its summary in `lang` and its whole sourced record (every
 * language kept). An id the catalogue lacks fails with `ApiError` `not_found`.
 *
 * @example const { name, record } = await getPathway('co-etpv-ppt', 'es');
 */
export function getPathway(id: string, lang: Lang, signal?: AbortSignal): Promise<PathwayDetail> {
  return getJson<PathwayDetail>(`/api/pathways/${encodeURIComponent(id)}`, { lang }, signal);
}

/**
 * Every pathway of the catalogue, by name in `lang`: GET /api/pathways followed page by page
 * (the catalogue holds a few dozen, so one or two requests).
 */
export async function allPathways(lang: Lang, signal?: AbortSignal): Promise<PathwaySummary[]> {
  const items: PathwaySummary[] = [];
  let cursor: string | undefined;
  do {
    const page = await searchPathways({ lang, sort: 'name', limit: 100, cursor }, signal);
    items.push(...page.items);
    cursor = page.next_cursor ?? undefined;
  } while (cursor);
  return items;
}
