import { localize, needsOfficialSource, versionInForce, type ApiPathwaySummary, type Lang, type Pathway } from '../../domain/index.js';

/** The only back-to-front contract for a pathway in a list (texts in `lang`). */
export function presentPathwaySummary(p: Pathway, lang: Lang, today: string): ApiPathwaySummary {
  return {
    id: p.id,
    name: localize(p.name, lang),
    name_original: p.name.original.text,
    summary: localize(p.summary, lang),
    type: p.type,
    destinations: p.destinations,
    status_granted: p.status_granted.value,
    free_of_charge: p.application.free_of_charge.value,
    path_to_permanence: p.path_to_permanence.value,
    open: versionInForce(p.eligibility, today) !== undefined,
    needs_official_source: needsOfficialSource(p),
    last_reviewed: p.last_reviewed,
  };
}

/** The whole record: every language kept, so citations and translations stay checkable. */
export function presentPathway(p: Pathway, lang: Lang, today: string): ApiPathwaySummary & { record: Pathway } {
  return { ...presentPathwaySummary(p, lang, today), record: p };
}
