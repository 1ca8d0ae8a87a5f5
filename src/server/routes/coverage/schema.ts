import { z } from '@hono/zod-openapi';
import { Coverage } from '../../../analytics/index.js';
import { CountryCode } from '../../../domain/index.js';
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
  country_names: z.record(z.string().regex(/^[A-Z]{2}$/), z.string())
    .meta({ description: 'The name of every row and column country, in `lang`.', example: { VE: 'Venezuela', CO: 'Colombia' } }),
}).openapi('Coverage');
export type CoverageResponse = z.infer<typeof CoverageResponse>;
