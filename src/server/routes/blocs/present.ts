import { localize, type Bloc, type Lang } from '../../../domain/index.js';
import type { ApiBloc } from './schema.js';

/** The only back-to-front contract for a bloc: texts in `lang`, members named through `countryName` (alpha-2 → name in `lang`). */
export function presentBloc(b: Bloc, lang: Lang, countryName: (code: string) => string): ApiBloc {
  return {
    id: b.id,
    name: localize(b.name, lang),
    name_original: b.name.original,
    members: b.members.map((m) => ({
      country: m.country,
      name: countryName(m.country),
      status: m.status,
      since: m.since,
      note: m.note ? localize(m.note, lang) : null,
      sources: m.sources,
    })),
    sources: b.sources,
    last_reviewed: b.last_reviewed,
  };
}
