import { createRoute } from '@hono/zod-openapi';
import { localize } from '../../../domain/index.js';
import type { ResolvedDeps } from '../../deps.js';
import { json, notModified, problems } from '../../openapi/responses.js';
import { newRouter } from '../../openapi/router.js';
import { QuestionList, VariablesQuery } from './schema.js';

const route = createRoute({
  method: 'get',
  path: '/variables',
  tags: ['eligibility'],
  summary: 'The questions of the eligibility finder (the profile variables)',
  request: { query: VariablesQuery },
  responses: { 200: json(QuestionList, 'The questions'), ...notModified, ...problems(400) },
});

/** GET /api/variables: the questions of the eligibility finder, in the requested language. */
export function variablesRoutes(deps: ResolvedDeps) {
  return newRouter().openapi(route, (c) => {
    const { lang } = c.req.valid('query');
    return c.json({
      items: deps.variables.map((v) => ({
        id: v.id, type: v.type, question: localize(v.question, lang), help: localize(v.help, lang),
        ...(v.options ? { options: v.options.map((o) => ({ value: o.value, label: localize(o.label, lang) })) } : {}),
        ...(v.fields ? { fields: v.fields } : {}),
      })),
    }, 200);
  });
}
