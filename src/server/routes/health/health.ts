import { createRoute } from '@hono/zod-openapi';
import { lastLoad } from '../../../store/index.js';
import type { ResolvedDeps } from '../../deps.js';
import { json, notModified, problems } from '../../openapi/responses.js';
import { newRouter } from '../../openapi/router.js';
import { Health } from './schema.js';

const route = createRoute({
  method: 'get',
  path: '/health',
  tags: ['meta'],
  summary: 'Liveness and database readiness',
  responses: { 200: json(Health, 'Ready'), ...notModified, 503: json(Health, 'Not ready: no catalogue, or the database does not answer'), ...problems() },
});

/** GET /api/health: never cached, so a probe always sees the present. */
export function healthRoutes(deps: ResolvedDeps) {
  return newRouter().openapi(route, async (c) => {
    c.header('Cache-Control', 'no-store');
    try {
      const load = await lastLoad(deps.db);
      const body = { status: load ? 'ok' : 'empty', database: 'ready', pathways: load?.pathway_count ?? 0, catalogue_loaded_at: load?.loaded_at ?? null } as const;
      return load ? c.json(body, 200) : c.json(body, 503);
    } catch {
      return c.json({ status: 'unavailable', database: 'unreachable' } as const, 503);
    }
  });
}
