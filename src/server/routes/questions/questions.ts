import { createRoute } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { ResolvedDeps } from '../../deps.js';
import { rateLimit } from '../../middleware/rate-limit.js';
import { json, notModified, problems } from '../../openapi/responses.js';
import { newRouter } from '../../openapi/router.js';
import { checkedProfile, profileFromQuery } from './answers.js';
import { askNext } from './next.js';
import { answersQuery, NextQuestionAnswer, NextQuestionBody } from './schema.js';

const PRIVACY = 'The answers are personal data: they are used for this answer only, never logged, stored or cached (`Cache-Control: no-store`).';

/** `Cache-Control: no-store` on every answer of the route, refusals included: they echo answers. */
const noStore: MiddlewareHandler = async (c, next) => {
  await next();
  c.res.headers.set('Cache-Control', 'no-store');
};

/**
 * GET and POST /api/questions/next: the companion of POST /api/check for adaptive interviews.
 * Both share one rate limit (an interview uses either), as the engine runs over the catalogue.
 */
export function questionsRoutes(deps: ResolvedDeps) {
  const middleware = [noStore, rateLimit(deps.limits.check)];
  const ask = createRoute({
    method: 'get',
    path: '/questions/next',
    tags: ['eligibility'],
    summary: 'The next question to ask, given the answers so far (answers in the query)',
    description: `Each answer is a query parameter named by its variable id (GET /api/variables). ${PRIVACY} A URL with answers may still be kept by a browser's history or a proxy's log: prefer POST /api/questions/next.`,
    middleware,
    request: { query: answersQuery(deps.variables) },
    responses: { 200: json(NextQuestionAnswer, 'The question that settles the most outcomes, or null'), ...notModified, ...problems(400, 429) },
  });
  const askPosted = createRoute({
    method: 'post',
    path: '/questions/next',
    tags: ['eligibility'],
    summary: 'The next question to ask, given the answers so far (recommended: answers in the body)',
    description: `The body is the same as POST /api/check's. Ask until \`question\` is null, then send the answers to POST /api/check. ${PRIVACY}`,
    middleware,
    request: { body: { required: true, content: { 'application/json': { schema: NextQuestionBody } } } },
    responses: { 200: json(NextQuestionAnswer, 'The question that settles the most outcomes, or null'), ...problems(400, 413, 415, 429) },
  });

  return newRouter()
    .openapi(ask, async (c) => {
      const { lang, as_of: asOf = deps.today(), ...answers } = c.req.valid('query');
      const profile = profileFromQuery(answers, deps.variables);
      const { pathways } = await deps.catalogue.current();
      return c.json(askNext(pathways, profile, asOf, lang, deps.variables), 200);
    })
    .openapi(askPosted, async (c) => {
      const { profile: input, as_of: asOf = deps.today(), lang } = c.req.valid('json');
      const profile = checkedProfile(input, deps.variables, 'body.profile');
      const { pathways } = await deps.catalogue.current();
      return c.json(askNext(pathways, profile, asOf, lang, deps.variables), 200);
    });
}
