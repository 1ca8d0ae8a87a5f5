import { z } from '@hono/zod-openapi';
import { DEFAULT_LIMIT, MAX_LIMIT, NextCursor, PathwayHistory, SEARCH_SORTS, SearchFacets } from '../../../analytics/index.js';
import { CountryCode, IsoDate, Pathway, PathwayType, Slug } from '../../../domain/index.js';
import { LangQuery } from '../lang.js';
import { BooleanParam, commaList, DateParam } from './query-params.js';

/** Every query of GET /api/pathways: filters (AND between them, OR within a list), text, sort, page. */
export const ListPathwaysQuery = z.strictObject({
  lang: LangQuery,
  destination: commaList(CountryCode, { maxItems: 60, description: 'Only pathways into one of these countries (ISO 3166-1 alpha-2).', example: 'CO' }).optional(),
  nationality: commaList(CountryCode, {
    maxItems: 60, example: 'VE',
    description: 'Only pathways whose criteria may admit a national of one of these countries: a pathway is left out only when its rules definitely rule them out (on `open_on` when given, else at any time in its history).',
  }).optional(),
  type: commaList(PathwayType, { maxItems: 12, description: 'Only pathways of these types.', example: 'temporary_protection,regularization' }).optional(),
  status_granted: commaList(z.enum(['temporary', 'permanent']), { maxItems: 2, description: 'Only pathways granting this status (a status no source states matches neither).', example: 'permanent' }).optional(),
  open_on: DateParam.optional().meta({ description: 'Only pathways with an eligibility version in force that day (YYYY-MM-DD).', example: '2023-06-11' }),
  path_to_permanence: BooleanParam.optional().meta({ description: 'Only pathways known to lead (true) or known not to lead (false) to permanent residence.' }),
  free_of_charge: BooleanParam.optional().meta({ description: 'Only pathways known to be free (true) or known to cost (false).' }),
  q: z.string().max(200).optional().meta({
    description: 'Words to find in names, summaries, criteria, notes and source titles, in any of the four languages; accents and case do not matter ("migracion" finds "Migración"), every word must match, as a prefix or with a typo.',
    example: 'migracion',
  }),
  sort: z.enum(SEARCH_SORTS).optional().meta({ description: 'Default: `relevance` when `q` has words, else `name` (in `lang`). `relevance` needs `q`.' }),
  order: z.enum(['asc', 'desc']).optional().meta({ description: 'Default: ascending for `name`, descending (most relevant, newest first) for the others.' }),
  limit: z.coerce.number<string | number>().int().min(1).max(MAX_LIMIT).default(DEFAULT_LIMIT).meta({ description: 'Pathways per page.' }),
  cursor: z.string().max(2000).optional().meta({ description: 'The `next_cursor` of the previous page, with the same filters, sort and order.' }),
});
export type ListPathwaysQuery = z.infer<typeof ListPathwaysQuery>;

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

/** One page of a search, with the facet counts of the whole result. */
export const PathwayList = z.strictObject({
  total: z.number().int().nonnegative().meta({ description: 'How many pathways match, over all pages.' }),
  count: z.number().int().nonnegative().meta({ description: 'How many are on this page.' }),
  items: z.array(PathwaySummary),
  facets: SearchFacets.openapi('SearchFacets'),
  next_cursor: NextCursor,
}).openapi('PathwayList');
export type PathwayList = z.infer<typeof PathwayList>;

/**
 * The summary and the whole record, every language kept, so citations stay checkable. (Not
 * `PathwaySummary.extend()`: that becomes an `allOf` of two closed objects, which nothing matches.)
 */
export const PathwayDetail = z.strictObject({ ...summary, record: Pathway }).openapi('PathwayDetail');

export const HistoryResponse = PathwayHistory.openapi('PathwayHistory');
