import { createRoute } from '@hono/zod-openapi';
import { comparePathways, type Comparison } from '../../../analytics/index.js';
import type { ResolvedDeps } from '../../deps.js';
import { json, notModified, problems } from '../../openapi/responses.js';
import { newRouter } from '../../openapi/router.js';
import { answerQuery } from '../pathways/query-params.js';
import { snapshotMemo } from '../pathways/snapshot-memo.js';
import { CompareQuery, ComparisonResponse } from './schema.js';

const route = createRoute({
  method: 'get',
  path: '/compare',
  tags: ['pathways'],
  summary: 'Pathways side by side on every attribute, with the differences marked',
  description: 'One row per attribute (type, status, rights, fees, documents, latest rules, figures…), one cell per pathway in the order asked, each value with its sources; a row is `different` when any two values differ. An id the catalogue does not have is a 404 naming it.',
  request: { query: CompareQuery },
  responses: { 200: json(ComparisonResponse, 'The comparison table'), ...notModified, ...problems(400, 404) },
});

const remember = snapshotMemo<Comparison>(64);

/** GET /api/compare?ids=a,b: `comparePathways` over the in-memory catalogue. */
export function compareRoutes(deps: ResolvedDeps) {
  return newRouter().openapi(route, async (c) => {
    const { ids, lang } = c.req.valid('query');
    const { pathways, byId } = await deps.catalogue.current();
    const table = remember(pathways, JSON.stringify([lang, ids]), () => answerQuery(() => comparePathways(pathways, ids, lang), byId.keys()));
    return c.json(table, 200);
  });
}
