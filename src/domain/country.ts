import { z } from 'zod';
import { CountryCode } from './countries.js';
import { IsoDate } from './dates.js';
import { Localized } from './localized.js';
import { Slug, Source, SourceRefs } from './source.js';

const M49Area = z.strictObject({ code: z.string().regex(/^\d{1,3}$/), name: z.string().min(1) });

/** A country or territory: ISO 3166-1 codes, names in the four languages, UN M49 regions. */
export const Country = z.strictObject({
  code: CountryCode,
  alpha3: z.string().regex(/^[A-Z]{3}$/),
  numeric: z.string().regex(/^\d{3}$/),
  name: Localized,
  /** UN M49 geographic regions (English names as published by the UN Statistics Division). */
  region: M49Area.nullable(),
  subregion: M49Area.nullable(),
  intermediate_region: M49Area.nullable(),
});
export type Country = z.infer<typeof Country>;

export const BLOC_STATUSES = ['member', 'associate', 'suspended', 'observer'] as const;

/** A regional bloc (MERCOSUR, CAN, CA-4, CARICOM, OECS) and its members, sourced. */
export const Bloc = z.strictObject({
  id: Slug,
  name: Localized.extend({ original: z.strictObject({ lang: z.string().regex(/^[a-z]{2,3}$/), text: z.string().min(1) }) }),
  members: z.array(z.strictObject({
    country: CountryCode,
    status: z.enum(BLOC_STATUSES),
    since: IsoDate.nullable(),
    note: Localized.optional(),
    sources: SourceRefs.min(1, 'every membership must cite a source'),
  })).min(1),
  sources: z.array(Source).min(1),
  last_reviewed: IsoDate,
});
export type Bloc = z.infer<typeof Bloc>;
