import { getJson } from '../../api/client.js';
import type { CountryList, PathwayHistory } from '../../api/contract.js';
import type { Lang } from '../../i18n/lang.js';

/** GET /api/pathways/{id}/history: the pathway's lifecycle events and rule versions, in date order. */
export function getPathwayHistory(id: string, lang: Lang, signal?: AbortSignal): Promise<PathwayHistory> {
  return getJson<PathwayHistory>(`/api/pathways/${encodeURIComponent(id)}/history`, { lang }, signal);
}

/** GET /api/countries: the statistics name origins by ISO alpha-3, the catalogue by alpha-2. */
export function listCountries(lang: Lang, signal?: AbortSignal): Promise<CountryList> {
  return getJson<CountryList>('/api/countries', { lang }, signal);
}
