import { createRoute } from '@hono/zod-openapi';
import { getSeries, queryObservations } from '../../../store/index.js';
import type { ResolvedDeps } from '../../deps.js';
import { json, notModified, problems } from '../../openapi/responses.js';
import { newRouter } from '../../openapi/router.js';
import { answerSeriesQuery, unknownIndicator } from './query-params.js';
import { ObservationPage, ObservationsQuery, SeriesParams } from './schema.js';

const route = createRoute({
  method: 'get',
  path: '/series/{indicator}/observations',
  tags: ['statistics'],
  summary: 'A series\' values, a page at a time',
  description: 'Values in period, origin, location order. `next_cursor` names the last value of the page, not an offset, so walking the pages with the same filters gives every value exactly once.',
  request: { params: SeriesParams, query: ObservationsQuery },
  responses: { 200: json(ObservationPage, 'One page of values'), ...notModified, ...problems(400, 404) },
});

/** GET /api/series/{indicator}/observations. */
export function observationsRoutes(deps: ResolvedDeps) {
  return newRouter().openapi(route, async (c) => {
    const { indicator } = c.req.valid('param');
    const query = c.req.valid('query');
    const series = await getSeries(deps.db, indicator);
    if (!series) throw unknownIndicator(indicator);
    const page = await answerSeriesQuery(() => queryObservations(deps.db, { ...query, indicator }));
    return c.json({
      indicator,
      unit: series.unit,
      count: page.observations.length,
      items: page.observations.map(({ origin, location, period, value }) => ({ origin, location, period, value })),
      next_cursor: page.next_cursor,
    }, 200);
  });
}
