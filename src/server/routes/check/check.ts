import { createRoute, type z } from '@hono/zod-openapi';
import type { Context, TypedResponse } from 'hono';
import { parseProfile } from '../../../domain/index.js';
import type { ResolvedDeps } from '../../deps.js';
import { rateLimit } from '../../middleware/rate-limit.js';
import { json, problems } from '../../openapi/responses.js';
import { newRouter } from '../../openapi/router.js';
import { invalidFields } from '../../problem.js';
import { checkPlan, type CheckReportJson } from './check-plan.js';
import { CheckBody, CheckReport } from './schema.js';

/**
 * POST /api/check: the engine's answer for every pathway (`checkCatalogue` over the in-memory
 * catalogue). The profile is personal data: it is used for this answer only, never logged,
 * stored or cached.
 */
export function checkRoutes(deps: ResolvedDeps) {
  const route = createRoute({
    method: 'post',
    path: '/check',
    tags: ['eligibility'],
    summary: 'Which pathways a person may use on a date, and why',
    middleware: [rateLimit(deps.limits.check)],
    request: { body: { required: true, content: { 'application/json': { schema: CheckBody } } } },
    responses: { 200: json(CheckReport, 'One outcome per pathway, with the criteria that decided it'), ...problems(400, 413, 415, 429) },
  });
  return newRouter().openapi(route, async (c) => {
    c.header('Cache-Control', 'no-store');
    const body = c.req.valid('json');
    const profile = parseProfile(body.profile, deps.variables);
    if (!profile.ok) throw invalidFields(profile.issues.map((i) => ({ path: `body.profile.${i.path}`, message: i.message })), 'Invalid profile');
    const { pathways } = await deps.catalogue.current();
    // checkCatalogue's report, already serialised (check-plan.ts says why, and its test holds them equal).
    const report = checkPlan(pathways)(profile.profile, body.as_of ?? deps.today(), body.lang);
    return jsonResponse(c, report);
  });
}

/** What `c.json(report, 200)` answers, from the report's JSON text (same header, same type). */
function jsonResponse(c: Context, report: CheckReportJson) {
  return c.body(report, 200, { 'Content-Type': 'application/json' }) as unknown as Response & TypedResponse<z.infer<typeof CheckReport>, 200, 'json'>;
}
