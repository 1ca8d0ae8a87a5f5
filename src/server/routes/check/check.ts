import { Hono } from 'hono';
import { parseProfile, todayIso } from '../../../domain/index.js';
import { checkCatalogue } from '../../../rules/index.js';
import { listPathways } from '../../../store/index.js';
import type { AppDeps } from '../../deps.js';
import { ApiError } from '../../problem.js';
import { parseJsonBody } from '../../validate.js';
import { CheckBody } from './schema.js';

/**
 * POST /api/check: the engine's answer for every pathway. The profile is personal data: it is
 * used for this answer only, never logged or stored.
 */
export function checkRoutes(deps: AppDeps): Hono {
  return new Hono().post('/', async (c) => {
    const body = await parseJsonBody(c, CheckBody);
    const profile = parseProfile(body.profile, deps.variables);
    if (!profile.ok) {
      const errors = profile.issues.map((i) => ({ path: `body.profile.${i.path}`, message: i.message }));
      throw new ApiError(400, 'invalid_request', 'Invalid profile', errors.map((e) => `${e.path}: ${e.message}`).join('; '), errors);
    }
    const asOf = body.as_of ?? deps.today?.() ?? todayIso();
    const pathways = await listPathways(deps.db);
    c.header('Cache-Control', 'no-store');
    return c.json(checkCatalogue(pathways, profile.profile, { asOf, lang: body.lang }));
  });
}
