import type { Lang } from '../i18n/lang.js';
import { getJson } from './client.js';
import type { Coverage } from './contract.js';

/** What GET /api/coverage is asked: the day (the server's today when left out) and the rows. */
export interface CoverageSearch {
  lang: Lang;
  as_of?: string;
  /** The rows; every nationality the catalogue's criteria name when left out. */
  nationalities?: readonly string[];
}

/**
 * The nationality × destination matrix on a day: for each pair, the pathways open then that a
 * national is not definitely ruled out of, and the day the catalogue's timeline starts.
 *
 * @example await getCoverage({ lang: 'es', as_of: '2023-06-11', nationalities: ['VE'] })
 */
export function getCoverage(search: CoverageSearch, signal?: AbortSignal): Promise<Coverage> {
  return getJson<Coverage>('/api/coverage', { ...search }, signal);
}
