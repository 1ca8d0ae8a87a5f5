import { MAX_COMPARED } from '../../api/compare.js';
import type { Lang } from '../../i18n/lang.js';
import { pageHref } from '../../routes.js';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * The pathways chosen for a comparison, from a comma-separated list in a URL (`?ids=a,b` on the
 * compare page, `?compare=a,b` on the explorer): well-formed ids, each once, at most four, in order.
 *
 * @example readSelection('co-pep,pe-ptp,co-pep,Bad!') // ['co-pep', 'pe-ptp']
 */
export function readSelection(value: string | undefined): string[] {
  const ids = (value ?? '').split(',').map((id) => id.trim()).filter((id) => SLUG.test(id));
  return [...new Set(ids)].slice(0, MAX_COMPARED);
}

/** `ids` with `id` added at the end, unless it is there already or the selection is full. */
export function withPathway(ids: readonly string[], id: string): string[] {
  return ids.includes(id) || ids.length >= MAX_COMPARED ? [...ids] : [...ids, id];
}

/** `ids` without `id`. */
export function withoutPathway(ids: readonly string[], id: string): string[] {
  return ids.filter((x) => x !== id);
}

/**
 * The compare page of `ids`, commas left readable (ids are kebab-case, nothing to escape).
 *
 * @example compareHref('es', ['co-pep', 'pe-ptp']) // '/es/compare?ids=co-pep,pe-ptp'
 */
export function compareHref(lang: Lang, ids: readonly string[], onlyDifferences = false): string {
  const query = [ids.length > 0 ? `ids=${ids.join(',')}` : '', onlyDifferences ? 'diff=only' : ''].filter(Boolean).join('&');
  return pageHref(lang, '/compare', query);
}

/** The page of pathway `id`, carrying a comparison being built (`?compare=…`) so it can grow there. */
export function pathwayHref(lang: Lang, id: string, comparing: readonly string[] = []): string {
  return pageHref(lang, `/pathways/${id}`, comparing.length > 0 ? `compare=${comparing.join(',')}` : '');
}
