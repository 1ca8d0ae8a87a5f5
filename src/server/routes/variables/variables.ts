import { Hono } from 'hono';
import { z } from 'zod';
import { localize } from '../../../domain/index.js';
import type { AppDeps } from '../../deps.js';
import { parseQuery } from '../../validate.js';
import { LangQuery } from '../lang.js';

/** GET /api/variables: the questions of the eligibility finder, in the requested language. */
export function variablesRoutes(deps: AppDeps): Hono {
  return new Hono().get('/', (c) => {
    const { lang } = parseQuery(c, z.strictObject({ lang: LangQuery }));
    return c.json({
      items: deps.variables.map((v) => ({
        id: v.id, type: v.type, question: localize(v.question, lang), help: localize(v.help, lang),
        ...(v.options ? { options: v.options.map((o) => ({ value: o.value, label: localize(o.label, lang) })) } : {}),
        ...(v.fields ? { fields: v.fields } : {}),
      })),
    });
  });
}
