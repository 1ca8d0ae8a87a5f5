import { z } from '@hono/zod-openapi';
import { AreaCode, IsoDate, LANGS, Period, SeriesInfo } from '../../../domain/index.js';
import { AGGREGATE_BY, DEFAULT_LIMIT, MAX_LIMIT } from '../../../store/index.js';
import { LangQuery } from '../lang.js';
import { commaList } from './query-params.js';

const Indicator = SeriesInfo.shape.indicator.max(100);
const Measure = z.enum(['stock', 'flow']).meta({
  description: '`stock`: people present at a date (added across places and origins, never across dates); `flow`: events over a period (added over any range).',
});
const ObservationFrequency = z.enum(['monthly', 'annual']);

const origins = commaList(AreaCode, { maxItems: 50, example: 'VEN,HTI', description: 'Only these origins (three-letter area codes as the publisher gives them: ISO 3166-1 alpha-3, or UKN unknown, STA stateless, OOO other).' });
const locations = commaList(AreaCode, { maxItems: 50, example: 'PAN', description: 'Only these locations: where the values were counted (three-letter area codes).' });
const from = Period.optional().meta({ description: 'First period, inclusive: YYYY, YYYY-MM or YYYY-MM-DD. A value counts when its whole period lies inside `from`–`to`.', example: '2021' });
const to = Period.optional().meta({ description: 'Last period, inclusive (`to=2015-06` keeps June 2015 but not the yearly total of 2015).', example: '2024-06' });

export const SeriesParams = z.strictObject({
  indicator: Indicator.meta({ description: 'The series\' indicator.', example: 'darien.transits' }),
});

export const ListSeriesQuery = z.strictObject({
  lang: LangQuery,
  indicator: commaList(Indicator, { maxItems: 50, example: 'darien.transits,cbp.sw_border_encounters', description: 'Only these indicators.' }).optional(),
  origin: origins.optional().meta({ description: 'Only series with at least one value for one of these origins. Comma-separated.' }),
  location: locations.optional().meta({ description: 'Only series with at least one value counted in one of these locations. Comma-separated.' }),
  frequency: commaList(SeriesInfo.shape.frequency, { maxItems: 3, example: 'monthly,mixed', description: 'Only series published at these frequencies (`mixed`: yearly totals, then months).' }).optional(),
  measure: Measure.optional(),
});

export const GetSeriesQuery = z.strictObject({ lang: LangQuery });

/** A series as the API presents it, texts in the requested language. */
export const Series = z.strictObject({
  indicator: Indicator,
  title: z.string(),
  description: z.string().meta({ description: 'What is counted and how, with the caveats a reader needs.' }),
  text_lang: z.enum(LANGS).meta({ description: 'The language `title` and `description` are in: English when no translation exists yet.' }),
  draft_translation: z.boolean().meta({ description: 'The texts are a draft translation awaiting review by a fluent speaker; the English is the original.' }),
  unit: z.string().meta({ example: 'persons' }),
  frequency: SeriesInfo.shape.frequency,
  measure: Measure,
  period: z.strictObject({
    first: Period.nullable(),
    last: Period.nullable(),
  }).meta({ description: 'The first and last period observed, as stored (YYYY or YYYY-MM); null without observations.' }),
  source: z.strictObject({
    publisher: z.string(),
    url: z.string(),
    via: z.string().nullable().meta({ description: 'The compilation the data were taken from, when not from the publisher directly.' }),
    published: IsoDate.nullable().meta({ description: 'When the publisher last updated the data, when known.' }),
  }),
  licence: z.strictObject({
    name: z.string(),
    id: z.string().meta({ description: 'Open Definition / SPDX id: CC-BY-4.0, other-pd (public domain), notspecified…', example: 'CC-BY-4.0' }),
  }),
}).openapi('Series');
export type Series = z.infer<typeof Series>;

export const SeriesList = z.strictObject({
  count: z.number().int().nonnegative(),
  items: z.array(Series),
}).openapi('SeriesList');

export const ObservationsQuery = z.strictObject({
  origin: origins.optional(),
  location: locations.optional(),
  from,
  to,
  frequency: ObservationFrequency.optional().meta({ description: 'Only monthly (YYYY-MM) or only yearly (YYYY) values, e.g. the months of a mixed series.' }),
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(DEFAULT_LIMIT).meta({ description: 'Observations per page.' }),
  cursor: z.string().max(1000).optional().meta({ description: 'The `next_cursor` of the previous page, with the same filters.' }),
});

export const ObservationItem = z.strictObject({
  origin: AreaCode.nullable().meta({ description: 'null: the publisher gives no breakdown by origin.' }),
  location: AreaCode.nullable(),
  period: Period,
  value: z.number(),
}).openapi('Observation');

export const ObservationPage = z.strictObject({
  indicator: Indicator,
  unit: z.string(),
  count: z.number().int().nonnegative().meta({ description: 'Observations on this page.' }),
  items: z.array(ObservationItem).meta({ description: 'In period, origin, location order.' }),
  next_cursor: z.string().nullable().meta({ description: 'Pass as `cursor` for the next page; null on the last page.' }),
}).openapi('ObservationPage');

export const AggregatesQuery = z.strictObject({
  lang: LangQuery,
  by: z.enum(AGGREGATE_BY).meta({
    description: '`month`, `year` or `us_fiscal_year` (October–September, named by the year it ends: FY2023), in period order; `origin` or `location`, largest first. A yearly value is never split into months or fiscal years.',
  }),
  origin: origins.optional(),
  location: locations.optional(),
  from,
  to,
  frequency: ObservationFrequency.optional().meta({ description: 'Only monthly or only yearly values.' }),
  limit: z.coerce.number().int().min(1).max(1000).optional().meta({ description: 'By origin or location: only the largest groups (`total` still counts them all).' }),
});

export const SeriesAggregate = z.strictObject({
  indicator: Indicator,
  unit: z.string(),
  measure: Measure,
  by: z.enum(AGGREGATE_BY),
  from: Period.nullable(),
  to: Period.nullable(),
  total: z.number().nullable().meta({ description: 'The sum over every bucket, also those `limit` leaves out; null for a stock over several dates (adding them would count the same people more than once).' }),
  buckets: z.array(z.strictObject({
    key: z.string().nullable().meta({ description: 'YYYY-MM, YYYY, FY2023, or an area code; null: the values with no breakdown by origin or location.', example: 'FY2023' }),
    name: z.string().nullable().meta({ description: 'The country\'s name in `lang` when the key is an ISO alpha-3 code; else null.' }),
    value: z.number(),
    periods: z.number().int().meta({ description: 'Stored periods added into this value: 12 for a year of months, 1 for a yearly value.' }),
  })),
}).openapi('SeriesAggregate');
