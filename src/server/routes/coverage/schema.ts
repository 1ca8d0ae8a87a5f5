import { z } from '@hono/zod-openapi';
import { Coverage } from '../../../analytics/index.js';
import { CountryCode, IsoDate } from '../../../domain/index.js';
import { LangQuery } from '../lang.js';
import { commaList, DateParam } from '../pathways/query-params.js';

export const CoverageQuery = z.strictObject({
  as_of: DateParam.optional().meta({ description: 'The day to look at (YYYY-MM-DD); today by default.', example: '2023-06-11' }),
  nationalities: commaList(CountryCode, {
    maxItems: 250, example: 'VE,HT,NI',
    description: 'The rows: nationalities (ISO 3166-1 alpha-2). Default: every nationality the catalogue\'s criteria name.',
  }).optional(),
  lang: LangQuery,
});

/** The matrix, and the names of its countries in the requested language. */
export const CoverageResponse = z.strictObject({
  ...Coverage.shape,
  since: IsoDate.nullable().meta({
    description: 'The first day any pathway of the catalogue had eligibility rules in force (null for an empty catalogue): where a timeline of the matrix can start.',
    example: '1966-01-01',
  }),
  country_names: z.record(z.string().regex(/^[A-Z]{2}$/), z.string())
    .meta({ description: 'The name of every row and column country, in `lang`.', example: { VE: 'Venezuela', CO: 'Colombia' } }),
}).openapi('Coverage');
export type CoverageResponse = z.infer<typeof CoverageResponse>;
