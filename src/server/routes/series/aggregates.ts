import { createRoute } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import { localize, type Lang } from '../../../domain/index.js';
import { aggregateSeries, getSeries, listCountries, type Database } from '../../../store/index.js';
import type { ResolvedDeps } from '../../deps.js';
import { json, notModified, problems } from '../../openapi/responses.js';
import { newRouter } from '../../openapi/router.js';
import { answerSeriesQuery, unknownIndicator } from './query-params.js';
import { AggregatesQuery, SeriesAggregate, SeriesParams } from './schema.js';

const route = createRoute({
  method: 'get',
  path: '/series/{indicator}/aggregates',
  tags: ['statistics'],
  summary: 'A series\' totals per month, year, US fiscal year, origin or location',
  description: [
    'Months roll up into years and fiscal years, and each bucket says how many stored periods it adds; a month without data is left out, not made a zero.',
    'Refused as 400 with a stable `code`: months or fiscal years of yearly values (`granularity_mismatch`, naming `query.by`), a stock added across dates (`stock_over_time`, naming `query.from`),',
    'a range that ends before it starts (`invalid_period`).',
  ].join(' '),
  request: { params: SeriesParams, query: AggregatesQuery },
  responses: { 200: json(SeriesAggregate, 'The totals'), ...notModified, ...problems(400, 404) },
});

/** Country names in `lang` by ISO alpha-3 code (the publishers' codes UKN, STA, OOO have none). */
async function areaNames(db: Kysely<Database>, lang: Lang): Promise<Map<string, string>> {
  return new Map((await listCountries(db)).map((c) => [c.alpha3, localize(c.name, lang)]));
}

/** GET /api/series/{indicator}/aggregates. */
export function aggregatesRoutes(deps: ResolvedDeps) {
  return newRouter().openapi(route, async (c) => {
    const { indicator } = c.req.valid('param');
    const { lang, ...options } = c.req.valid('query');
    if (!(await getSeries(deps.db, indicator))) throw unknownIndicator(indicator);
    const aggregate = await answerSeriesQuery(() => aggregateSeries(deps.db, indicator, options));
    const names = options.by === 'origin' || options.by === 'location' ? await areaNames(deps.db, lang) : new Map<string, string>();
    return c.json({
      ...aggregate,
      buckets: aggregate.buckets.map((b) => ({ key: b.key, name: (b.key && names.get(b.key)) ?? null, value: b.value, periods: b.periods })),
    }, 200);
  });
}
