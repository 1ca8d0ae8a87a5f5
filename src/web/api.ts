import type { ApiPathwaySummary } from '../domain/api.js';
import type { Lang } from '../domain/lang.js';

/**
 * Every pathway from GET /api/pathways in `lang`: the list is paged, so this follows
 * `next_cursor` until the last page. Throws on a network error or a non-2xx answer.
 */
export async function fetchPathways(lang: Lang, signal?: AbortSignal): Promise<ApiPathwaySummary[]> {
  const items: ApiPathwaySummary[] = [];
  let cursor: string | null = null;
  do {
    const query = new URLSearchParams({ lang, limit: '100', ...(cursor ? { cursor } : {}) });
    const res = await fetch(`/api/pathways?${query}`, { signal: signal ?? null, headers: { accept: 'application/json' } });
    if (!res.ok) throw new Error(`GET /api/pathways answered ${res.status}`);
    const page = (await res.json()) as { items: ApiPathwaySummary[]; next_cursor: string | null };
    items.push(...page.items);
    cursor = page.next_cursor;
  } while (cursor);
  return items;
}
