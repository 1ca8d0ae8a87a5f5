import { createRoute } from '@hono/zod-openapi';
import { pathwayHistory } from '../../../analytics/index.js';
import type { Pathway } from '../../../domain/index.js';
import type { CatalogueCache } from '../../catalogue-cache.js';
import type { ResolvedDeps } from '../../deps.js';
import { json, notModified, problems } from '../../openapi/responses.js';
import { newRouter } from '../../openapi/router.js';
import { presentPathway } from '../../presenters/pathway.js';
import { ApiError } from '../../problem.js';
import { GetPathwayQuery, HistoryResponse, ListPathwaysQuery, PathwayDetail, PathwayList, PathwayParams } from './schema.js';
import { searchPage } from './search-page.js';

const list = createRoute({
  method: 'get',
  path: '/pathways',
  tags: ['pathways'],
  summary: 'Search the catalogue: filters, full text, facet counts, sorting and cursor pages',
  description: 'Filters combine with AND; a comma-separated list matches any of its values. Each facet counts, for every value of its filter, the pathways that choosing that value would give with the other filters kept. Follow `next_cursor` (with the same query) until it is null to see every match exactly once.',
  request: { query: ListPathwaysQuery },
  responses: { 200: json(PathwayList, 'One page of matching pathways, with facet counts'), ...notModified, ...problems(400) },
});

const get = createRoute({
  method: 'get',
  path: '/pathways/{id}',
  tags: ['pathways'],
  summary: 'One pathway: its summary and the whole sourced record',
  request: { params: PathwayParams, query: GetPathwayQuery },
  responses: { 200: json(PathwayDetail, 'The pathway'), ...notModified, ...problems(400, 404) },
});

const history = createRoute({
  method: 'get',
  path: '/pathways/{id}/history',
  tags: ['pathways'],
  summary: 'A pathway\'s eligibility versions and lifecycle events, in date order',
  description: 'On a day with both, the events come before the version they bring in. Every entry cites its sources, listed once under `sources`.',
  request: { params: PathwayParams, query: GetPathwayQuery },
  responses: { 200: json(HistoryResponse, 'The pathway\'s story'), ...notModified, ...problems(400, 404) },
});

async function pathwayOr404(catalogue: CatalogueCache, id: string): Promise<Pathway> {
  const pathway = (await catalogue.current()).byId.get(id);
  if (!pathway) throw new ApiError(404, 'not_found', 'Not found', `No pathway has the id '${id}'.`);
  return pathway;
}

/** GET /api/pathways, /api/pathways/{id} and /api/pathways/{id}/history, from the in-memory catalogue. */
export function pathwaysRoutes(deps: ResolvedDeps) {
  return newRouter()
    .openapi(list, async (c) => {
      const { pathways } = await deps.catalogue.current();
      return c.json(searchPage(pathways, c.req.valid('query'), deps.today()), 200);
    })
    .openapi(get, async (c) => {
      const pathway = await pathwayOr404(deps.catalogue, c.req.valid('param').id);
      return c.json(presentPathway(pathway, c.req.valid('query').lang, deps.today()), 200);
    })
    .openapi(history, async (c) => {
      const pathway = await pathwayOr404(deps.catalogue, c.req.valid('param').id);
      return c.json(pathwayHistory(pathway, c.req.valid('query').lang), 200);
    });
}
