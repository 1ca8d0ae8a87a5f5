import { Hono } from 'hono';
import { lastLoad } from '../../../store/index.js';
import type { AppDeps } from '../../deps.js';

/** GET /api/health: liveness, and whether the database answers and holds a catalogue. */
export function healthRoutes(deps: AppDeps): Hono {
  return new Hono().get('/', async (c) => {
    try {
      const load = await lastLoad(deps.db);
      return c.json({ status: load ? 'ok' : 'empty', database: 'ready', pathways: load?.pathway_count ?? 0, catalogue_loaded_at: load?.loaded_at ?? null }, load ? 200 : 503);
    } catch {
      return c.json({ status: 'unavailable', database: 'unreachable' }, 503);
    }
  });
}
