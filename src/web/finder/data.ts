import { getJson } from '../api/client.js';
import type { FinderData } from '../api/contract.js';
import type { Lang } from '../i18n/lang.js';

/** Where the finder's data is, per language: the service worker keeps these URLs for offline use. */
export function finderDataUrl(lang: Lang): string {
  return `/api/finder-data?lang=${lang}`;
}

/**
 * GET /api/finder-data in `lang`: the questions and rules the finder runs on, in the browser.
 * The request carries the language only, never an answer.
 */
export function loadFinderData(lang: Lang, signal?: AbortSignal): Promise<FinderData> {
  return getJson<FinderData>('/api/finder-data', { lang }, signal);
}
