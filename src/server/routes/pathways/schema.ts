import { z } from '@hono/zod-openapi';
import { CountryCode, IsoDate, Pathway, PathwayType, Slug } from '../../../domain/index.js';
import { LangQuery } from '../lang.js';

export const ListPathwaysQuery = z.strictObject({
  lang: LangQuery,
  destination: CountryCode.optional().meta({ description: 'Only pathways into this country (ISO 3166-1 alpha-2).', example: 'CO' }),
  type: PathwayType.optional().meta({ description: 'Only pathways of this type.' }),
});

export const GetPathwayQuery = z.strictObject({ lang: LangQuery });

export const PathwayParams = z.strictObject({
  id: Slug.max(120).meta({ description: 'The pathway id.', example: 'co-etpv-ppt' }),
});

const summary = {
  id: Slug,
  name: z.string(),
  name_original: z.string().meta({ description: 'The name in the language of the source.' }),
  summary: z.string(),
  type: PathwayType,
  destinations: z.array(CountryCode),
  status_granted: z.enum(['temporary', 'permanent']).nullable().meta({ description: 'null: no source states it.' }),
  free_of_charge: z.boolean().nullable(),
  path_to_permanence: z.boolean().nullable(),
  open: z.boolean().meta({ description: 'An eligibility version is in force today.' }),
  needs_official_source: z.boolean().meta({ description: 'No official text is cited yet: confirm elsewhere.' }),
  last_reviewed: IsoDate,
};

/** A pathway in a list, texts in the requested language: `presentPathwaySummary`'s contract. */
export const PathwaySummary = z.strictObject(summary).openapi('PathwaySummary');

export const PathwayList = z.strictObject({
  count: z.number().int().nonnegative(),
  items: z.array(PathwaySummary),
}).openapi('PathwayList');

/**
 * The summary and the whole record, every language kept, so citations stay checkable. (Not
 * `PathwaySummary.extend()`: that becomes an `allOf` of two closed objects, which nothing matches.)
 */
export const PathwayDetail = z.strictObject({ ...summary, record: Pathway }).openapi('PathwayDetail');

