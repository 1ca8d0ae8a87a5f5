import { z } from '@hono/zod-openapi';
import { BLOC_STATUSES, CountryCode, IsoDate, Slug } from '../../../domain/index.js';
import { LangQuery } from '../lang.js';

const M49Code = z.string().regex(/^\d{1,3}$/, 'must be a UN M49 area code of one to three digits, e.g. 419');

export const ListCountriesQuery = z.strictObject({
  lang: LangQuery,
  region: M49Code.optional().meta({
    description: 'Only countries in this UN M49 region, sub-region or intermediate region: 019 the Americas, 419 Latin America and the Caribbean, 021 Northern America, 005 South America, 013 Central America, 029 the Caribbean.',
    example: '419',
  }),
  bloc: Slug.max(60).optional().meta({ description: 'Only members of this bloc, whatever their status (see GET /api/blocs).', example: 'mercosur' }),
});

const M49Area = z.strictObject({
  code: z.string().meta({ description: 'UN M49 code, three digits.', example: '419' }),
  name: z.string().meta({ description: 'In English, as the UN Statistics Division publishes it.' }),
}).nullable();

/** A country as the API presents it, its name and its blocs' names in the requested language. */
export const ApiCountry = z.strictObject({
  code: CountryCode.meta({ description: 'ISO 3166-1 alpha-2.', example: 'VE' }),
  alpha3: z.string().meta({ description: 'ISO 3166-1 alpha-3: the code the statistics use.', example: 'VEN' }),
  numeric: z.string().meta({ description: 'ISO 3166-1 numeric.', example: '862' }),
  name: z.string(),
  region: M49Area,
  subregion: M49Area,
  intermediate_region: M49Area,
  blocs: z.array(z.strictObject({
    id: Slug,
    name: z.string(),
    status: z.enum(BLOC_STATUSES),
    since: IsoDate.nullable().meta({ description: 'When it took this status, when a source gives the full date.' }),
  })).meta({ description: 'The regional blocs it belongs to, with its status in each.' }),
}).openapi('Country');
export type ApiCountry = z.infer<typeof ApiCountry>;

export const CountryList = z.strictObject({
  count: z.number().int().nonnegative(),
  items: z.array(ApiCountry),
}).openapi('CountryList');
