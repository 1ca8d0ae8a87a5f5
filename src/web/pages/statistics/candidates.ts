import type { PathwaySummary } from '../../api/contract.js';
import { searchPathways } from '../../api/pathways.js';
import type { Lang } from '../../i18n/lang.js';
import { ANY_NATIONALITY, singledOut } from './events.js';

async function everyPathway(lang: Lang, nationality: string | undefined, signal: AbortSignal): Promise<PathwaySummary[]> {
  const items: PathwaySummary[] = [];
  let cursor: string | undefined;
  do {
    const page = await searchPathways({ lang, nationality, limit: 100, cursor }, signal);
    items.push(...page.items);
    cursor = page.next_cursor ?? undefined;
  } while (cursor);
  return items;
}

/**
 * The pathways whose events may be marked on a series of nationals of `nationality` (alpha-2):
 * those whose criteria single that nationality out. Without one (all origins, or an origin that
 * is not a country), those that single out any nationality.
 */
export async function loadCandidates(nationality: string | null, lang: Lang, signal: AbortSignal): Promise<PathwaySummary[]> {
  const [admitted, openToAnyone] = await Promise.all([
    everyPathway(lang, nationality ?? undefined, signal),
    everyPathway(lang, ANY_NATIONALITY, signal),
  ]);
  return singledOut(admitted, openToAnyone);
}
