import { createRoute } from '@hono/zod-openapi';
import { getPathway, listPathways } from '../../../store/index.js';
import type { ResolvedDeps } from '../../deps.js';
import { json, notModified, problems } from '../../openapi/responses.js';
import { newRouter } from '../../openapi/router.js';
import { presentPathway, presentPathwaySummary } from '../../presenters/pathway.js';
import { ApiError } from '../../problem.js';
import { GetPathwayQuery, ListPathwaysQuery, PathwayDetail, PathwayList, PathwayParams } from './schema.js';

const list = createRoute({
  method: 'get',
  path: '/pathways',
  tags: ['pathways'],
  summary: 'List the pathways, optionally by destination and type',
  request: { query: ListPathwaysQuery },
  responses: { 200: json(PathwayList, 'The matching pathways'), ...notModified, ...problems(400) },
});

const get = createRoute({
  method: 'get',
  path: '/pathways/{id}',
  tags: ['pathways'],
  summary: 'One pathway: its summary and the whole sourced record',
  request: { params: PathwayParams, query: GetPathwayQuery },
  responses: { 200: json(PathwayDetail, 'The pathway'), ...notModified, ...problems(400, 404) },
});

/** GET /api/pathways and GET /api/pathways/{id}. */
export function pathwaysRoutes(deps: ResolvedDeps) {
  return newRouter()
    .openapi(list, async (c) => {
      const { lang, destination, type } = c.req.valid('query');
      const pathways = await listPathways(deps.db, { destination, type });
      return c.json({ count: pathways.length, items: pathways.map((p) => presentPathwaySummary(p, lang, deps.today())) }, 200);
    })
    .openapi(get, async (c) => {
      const { id } = c.req.valid('param');
      const { lang } = c.req.valid('query');
      const pathway = await getPathway(deps.db, id);
      if (!pathway) throw new ApiError(404, 'not_found', 'Not found', `No pathway has the id '${id}'.`);
      return c.json(presentPathway(pathway, lang, deps.today()), 200);
    });
}
