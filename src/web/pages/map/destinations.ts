import type { PathwaySummary } from '../../api/contract.js';
import { searchPathways, type PathwaysSearch } from '../../api/pathways.js';
import type { PathwayType } from '../../map/pathway-types.js';

/** The pathways a destination counts, by type. */
export interface DestinationCount {
  code: string;
  count: number;
  byType: Partial<Record<PathwayType, number>>;
}

/**
 * The pathways of `items` by destination: a pathway into several countries counts in each.
 *
 * @example byDestination([{ type: 'regional_agreement', destinations: ['AR', 'BR'] }]).get('BR')?.count // 1
 */
export function byDestination(items: readonly Pick<PathwaySummary, 'type' | 'destinations'>[]): Map<string, DestinationCount> {
  const out = new Map<string, DestinationCount>();
  for (const p of items) {
    for (const code of new Set(p.destinations)) {
      let d = out.get(code);
      if (!d) out.set(code, (d = { code, count: 0, byType: {} }));
      d.count += 1;
      d.byType[p.type] = (d.byType[p.type] ?? 0) + 1;
    }
  }
  return out;
}

/** Every pathway `search` matches, page after page (the catalogue holds a few hundred at most). */
export async function allPathways(search: Omit<PathwaysSearch, 'limit' | 'cursor'>, signal?: AbortSignal): Promise<PathwaySummary[]> {
  const items: PathwaySummary[] = [];
  let cursor: string | undefined;
  do {
    const page = await searchPathways({ ...search, limit: 100, ...(cursor ? { cursor } : {}) }, signal);
    items.push(...page.items);
    cursor = page.next_cursor ?? undefined;
  } while (cursor);
  return items;
}
