import { createRoute } from '@hono/zod-openapi';
import { getSeries, listSeries } from '../../../store/index.js';
import type { ResolvedDeps } from '../../deps.js';
import { json, notModified, problems } from '../../openapi/responses.js';
import { newRouter } from '../../openapi/router.js';
import { presentSeries } from './present.js';
import { unknownIndicator } from './query-params.js';
import { GetSeriesQuery, ListSeriesQuery, Series, SeriesList, SeriesParams } from './schema.js';

const list = createRoute({
  method: 'get',
  path: '/series',
  tags: ['statistics'],
  summary: 'List the statistical series, with their sources, licences and the periods they cover',
  description: 'Every series the pathways are read against (a few dozen: not paged). Each filter narrows the list; several values of one filter widen it.',
  request: { query: ListSeriesQuery },
  responses: { 200: json(SeriesList, 'The matching series'), ...notModified, ...problems(400) },
});

const get = createRoute({
  method: 'get',
  path: '/series/{indicator}',
  tags: ['statistics'],
  summary: 'One series: what it counts, who published it, under which licence, and the periods it covers',
  request: { params: SeriesParams, query: GetSeriesQuery },
  responses: { 200: json(Series, 'The series'), ...notModified, ...problems(400, 404) },
});

/** GET /api/series and GET /api/series/{indicator}. */
export function seriesCatalogueRoutes(deps: ResolvedDeps) {
  return newRouter()
    .openapi(list, async (c) => {
      const { lang, measure, ...filter } = c.req.valid('query');
      const series = (await listSeries(deps.db, filter)).filter((s) => measure === undefined || s.measure === measure);
      return c.json({ count: series.length, items: series.map((s) => presentSeries(s, lang)) }, 200);
    })
    .openapi(get, async (c) => {
      const { indicator } = c.req.valid('param');
      const series = await getSeries(deps.db, indicator);
      if (!series) throw unknownIndicator(indicator);
      return c.json(presentSeries(series, c.req.valid('query').lang), 200);
    });
}
