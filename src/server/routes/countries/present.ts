import { localize, type Bloc, type Country, type Lang } from '../../../domain/index.js';
import type { ApiCountry } from './schema.js';

/** UN M49 codes are three digits; the reference file drops leading zeros (19 for 019). */
const m49 = (area: Country['region']) => (area ? { code: area.code.padStart(3, '0'), name: area.name } : null);

/** The only back-to-front contract for a country: its names in `lang` and the blocs it belongs to. */
export function presentCountry(c: Country, blocs: readonly Bloc[], lang: Lang): ApiCountry {
  return {
    code: c.code,
    alpha3: c.alpha3,
    numeric: c.numeric,
    name: localize(c.name, lang),
    region: m49(c.region),
    subregion: m49(c.subregion),
    intermediate_region: m49(c.intermediate_region),
    blocs: blocs.flatMap((b) => b.members.filter((m) => m.country === c.code).map((m) => ({
      id: b.id, name: localize(b.name, lang), status: m.status, since: m.since,
    }))),
  };
}

/** Whether a country lies in the UN M49 area `code` at any level (019, 19 and 019 alike). */
export function inRegion(c: Country, code: string): boolean {
  return [c.region, c.subregion, c.intermediate_region].some((area) => area !== null && Number(area.code) === Number(code));
}
