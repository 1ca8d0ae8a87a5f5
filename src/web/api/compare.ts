import type { Lang } from '../i18n/lang.js';
import { getJson } from './client.js';
import type { Comparison } from './contract.js';

/** How many pathways GET /api/compare takes at once (its `ids`, in column order). */
export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;

/**
 * GET /api/compare: `ids` (2 to 4, each once) side by side, every attribute a row marked `same`
 * or `different`, texts in `lang`.
 *
 * @example const table = await comparePathways(['co-etpv-ppt', 'pe-cpp-2023'], 'es');
 */
export function comparePathways(ids: readonly string[], lang: Lang, signal?: AbortSignal): Promise<Comparison> {
  return getJson<Comparison>('/api/compare', { ids, lang }, signal);
}
