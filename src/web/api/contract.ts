// The API's answers as the server's zod schemas define them: type-only imports, erased from the
// bundle, so the web app never ships zod nor hand-copies a model (docs/architecture.md lets web
// import domain, rules and analytics at run time; the server's schemas only as types).
/* eslint-disable no-restricted-imports -- type-only imports of the server's contract */
import type { z } from 'zod';
import type { Problem as ProblemSchema } from '../../server/openapi/responses.js';
import type { FinderData as FinderDataSchema } from '../../server/routes/finder-data/schema.js';
import type { PathwayDetail as PathwayDetailSchema, PathwayList as PathwayListSchema, ListPathwaysQuery } from '../../server/routes/pathways/schema.js';
import type { ComparisonResponse as ComparisonSchema } from '../../server/routes/compare/schema.js';
import type { AggregatesQuery as AggregatesQuerySchema, Series as SeriesSchema, SeriesAggregate as SeriesAggregateSchema, SeriesList as SeriesListSchema } from '../../server/routes/series/schema.js';
import type { CountryList as CountryListSchema } from '../../server/routes/countries/schema.js';
import type { CoverageResponse as CoverageSchema } from '../../server/routes/coverage/schema.js';
/* eslint-enable no-restricted-imports */

export type { ApiPathwaySummary as PathwaySummary } from '../../domain/api.js';
export type { SearchFacets } from '../../analytics/search.schema.js';
export type { PathwayHistory } from '../../analytics/history.schema.js';

/** GET /api/finder-data: the questions, countries and dated rules the finder runs on in the browser. */
export type FinderData = z.output<typeof FinderDataSchema>;
/** GET /api/pathways: one page of a search, with the facet counts of the whole result. */
export type PathwayList = z.output<typeof PathwayListSchema>;
/** The query GET /api/pathways takes, as sent (lists comma-separated, booleans as text). */
export type PathwaysQuery = z.input<typeof ListPathwaysQuery>;
/** GET /api/pathways/{id}: the summary in the asked language and the whole sourced record. */
export type PathwayDetail = z.output<typeof PathwayDetailSchema>;
/** GET /api/compare: pathways side by side, one row per attribute, marked same or different. */
export type Comparison = z.output<typeof ComparisonSchema>;
/** An RFC 9457 problem, as every error of the API is answered. */
export type Problem = z.output<typeof ProblemSchema>;
/** The stable error codes a client may switch on. */
export type ProblemCode = Problem['code'];
/** GET /api/series/{indicator}: a statistical series, its source and licence. */
export type Series = z.output<typeof SeriesSchema>;
/** GET /api/series/{indicator}/aggregates: its values added up by period, origin or location. */
export type SeriesAggregate = z.output<typeof SeriesAggregateSchema>;
/** The query of the aggregates, as sent. */
export type AggregatesQuery = z.input<typeof AggregatesQuerySchema>;
/** GET /api/series: every series (optionally filtered), texts in the asked language. */
export type SeriesList = z.output<typeof SeriesListSchema>;
/** GET /api/countries: ISO codes (alpha-2 and the statistics' alpha-3) and names in the asked language. */
export type CountryList = z.output<typeof CountryListSchema>;
/** GET /api/coverage: nationality × destination on a date, the pathways of each cell, country names in the asked language. */
export type Coverage = z.output<typeof CoverageSchema>;
