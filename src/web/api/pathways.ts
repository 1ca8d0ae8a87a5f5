import type { Lang } from '../i18n/lang.js';
import { getJson } from './client.js';
import type { PathwayList, PathwaysQuery } from './contract.js';

/** The query of GET /api/pathways, where a comma-separated list may be given as an array. */
export type PathwaysSearch = { [K in keyof PathwaysQuery]?: PathwaysQuery[K] | readonly string[] } & { lang: Lang };

/**
 * One page of GET /api/pathways: the pathways matching `search`, and the facet counts of all
 * that match.
 *
 * @example await searchPathways({ lang: 'es', open_on: '2024-06-01', type: ['parole'] })
 */
export function searchPathways(search: PathwaysSearch, signal?: AbortSignal): Promise<PathwayList> {
  return getJson<PathwayList>('/api/pathways', search, signal);
}
