import { createRoute } from '@hono/zod-openapi';
import type { ResolvedDeps } from '../../deps.js';
import { json, notModified, problems } from '../../openapi/responses.js';
import { newRouter } from '../../openapi/router.js';
import { presentFinderData } from './present.js';
import { FinderData, FinderDataQuery } from './schema.js';

const route = createRoute({
  method: 'get',
  path: '/finder-data',
  tags: ['eligibility'],
  summary: 'Everything a private, client-side eligibility finder needs, in one language',
  description: 'The questions (as GET /api/variables), the country codes, and every pathway\'s dated eligibility rules (JsonLogic) with their words, '
    + 'summary, destinations and official channel. A client runs the rules engine on it, so no answer ever leaves the device; '
    + 'the web app\'s finder caches it for offline use. About 40 KB gzipped.',
  request: { query: FinderDataQuery },
  responses: { 200: json(FinderData, 'The finder\'s questions and rules'), ...notModified, ...problems(400) },
});

/** GET /api/finder-data: a pure read of the catalogue in memory, in the requested language. */
export function finderDataRoutes(deps: ResolvedDeps) {
  return newRouter().openapi(route, async (c) => {
    const { lang } = c.req.valid('query');
    const { pathways } = await deps.catalogue.current();
    return c.json(presentFinderData(pathways, deps.variables, lang, deps.today()), 200);
  });
}
