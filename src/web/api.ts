import type { ApiPathwaySummary } from '../domain/api.js';
import type { Lang } from '../domain/lang.js';

/** GET /api/pathways in `lang`. Throws on a network error or a non-2xx answer. */
export async function fetchPathways(lang: Lang, signal?: AbortSignal): Promise<ApiPathwaySummary[]> {
  const res = await fetch(`/api/pathways?lang=${lang}`, { signal: signal ?? null, headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`GET /api/pathways answered ${res.status}`);
  const body = (await res.json()) as { items: ApiPathwaySummary[] };
  return body.items;
}
