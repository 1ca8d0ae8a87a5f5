import { createRoute } from '@hono/zod-openapi';
import { catalogueChanges } from '../../../analytics/index.js';
import type { ResolvedDeps } from '../../deps.js';
import { notModified, problems, text } from '../../openapi/responses.js';
import { newRouter } from '../../openapi/router.js';
import { changesAtom } from './feed.js';
import { ChangesQuery } from './schema.js';

const route = createRoute({
  method: 'get',
  path: '/changes.atom',
  tags: ['pathways'],
  summary: 'What changed in the catalogue, as an Atom feed: new pathways, new eligibility rules, closings',
  description: 'An Atom 1.0 feed (RFC 4287), newest first. Each entry\'s id is a tag URI that stays the same across languages and releases; it is dated the day of the change, titled in `lang`, and links to the pathway\'s page and to its record in this API.',
  request: { query: ChangesQuery },
  responses: { 200: text('application/atom+xml', 'The feed'), ...notModified, ...problems(400) },
});

/** GET /api/changes.atom: the catalogue's dated changes for feed readers. */
export function changesRoutes(deps: ResolvedDeps) {
  return newRouter().openapi(route, async (c) => {
    const { lang, until = deps.today(), limit } = c.req.valid('query');
    const { pathways, byId } = await deps.catalogue.current();
    const changes = catalogueChanges(pathways, { lang, until }).slice(0, limit);
    const atom = changesAtom(changes, {
      lang, until, origin: new URL(c.req.url).origin, self: c.req.url,
      sourcesOf: (id) => byId.get(id)?.sources ?? [],
    });
    return c.body(atom, 200, { 'Content-Type': 'application/atom+xml; charset=utf-8' });
  });
}
