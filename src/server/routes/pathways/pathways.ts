import { Hono } from 'hono';
import { todayIso } from '../../../domain/index.js';
import { getPathway, listPathways } from '../../../store/index.js';
import type { AppDeps } from '../../deps.js';
import { presentPathway, presentPathwaySummary } from '../../presenters/pathway.js';
import { ApiError } from '../../problem.js';
import { parseQuery } from '../../validate.js';
import { GetPathwayQuery, ListPathwaysQuery } from './schema.js';

/** GET /api/pathways and GET /api/pathways/{id}. */
export function pathwaysRoutes(deps: AppDeps): Hono {
  const today = deps.today ?? (() => todayIso());
  return new Hono()
    .get('/', async (c) => {
      const { lang, destination, type } = parseQuery(c, ListPathwaysQuery);
      const pathways = await listPathways(deps.db, { destination, type });
      return c.json({ count: pathways.length, items: pathways.map((p) => presentPathwaySummary(p, lang, today())) });
    })
    .get('/:id', async (c) => {
      const { lang } = parseQuery(c, GetPathwayQuery);
      const pathway = await getPathway(deps.db, c.req.param('id'));
      if (!pathway) throw new ApiError(404, 'not_found', 'Not found', `No pathway has the id '${c.req.param('id')}'.`);
      return c.json(presentPathway(pathway, lang, today()));
    });
}
