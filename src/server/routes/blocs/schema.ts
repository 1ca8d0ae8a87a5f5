import { z } from '@hono/zod-openapi';
import { BLOC_STATUSES, CountryCode, IsoDate, Slug, Source } from '../../../domain/index.js';
import { LangQuery } from '../lang.js';

export const ListBlocsQuery = z.strictObject({
  lang: LangQuery,
  country: CountryCode.optional().meta({ description: 'Only the blocs this country belongs to, whatever its status (ISO 3166-1 alpha-2).', example: 'CO' }),
});

/** A regional bloc as the API presents it, texts in the requested language, every membership sourced. */
export const ApiBloc = z.strictObject({
  id: Slug.meta({ example: 'mercosur' }),
  name: z.string(),
  name_original: z.strictObject({ lang: z.string(), text: z.string() }).meta({ description: 'The name in the bloc\'s own language.' }),
  members: z.array(z.strictObject({
    country: CountryCode,
    name: z.string().meta({ description: 'The country\'s name in `lang`.' }),
    status: z.enum(BLOC_STATUSES),
    since: IsoDate.nullable().meta({ description: 'When it took this status, when a source gives the full date (else the note may give the year).' }),
    note: z.string().nullable(),
    sources: z.array(Slug).meta({ description: 'Ids of the bloc\'s `sources` that state this membership.' }),
  })),
  sources: z.array(Source),
  last_reviewed: IsoDate,
}).openapi('Bloc');
export type ApiBloc = z.infer<typeof ApiBloc>;

export const BlocList = z.strictObject({
  count: z.number().int().nonnegative(),
  items: z.array(ApiBloc),
}).openapi('BlocList');
