import { z } from '@hono/zod-openapi';
import { IsoDate, OUTCOMES, Slug } from '../../../domain/index.js';
import { LangQuery } from '../lang.js';

/**
 * The deepest answer a variable takes is a list of objects of values (two levels). A deeper one
 * is refused here, before anything walks it recursively.
 */
const MAX_NESTING = 3;

/** True when `value` nests no deeper than `limit` arrays/objects (iterative: no stack to overflow). */
function nestsAtMost(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (item === null || typeof item !== 'object') continue;
    if (depth >= limit) return false;
    for (const child of Object.values(item)) stack.push([child, depth + 1]);
  }
  return true;
}

/**
 * POST /api/check body: a profile (its answers are checked against the variables by the
 * handler, which names each bad one) and the date to decide on.
 */
export const CheckBody = z.strictObject({
  profile: z.record(z.string(), z.unknown()).superRefine((profile, ctx) => {
    for (const [key, answer] of Object.entries(profile)) {
      if (!nestsAtMost(answer, MAX_NESTING)) ctx.addIssue({ code: 'custom', path: [key], message: `nests lists and objects deeper than any answer (at most ${MAX_NESTING} levels)` });
    }
  }).meta({
    description: 'Answers keyed by variable id (GET /api/variables); absent answers are unknown. Never logged or stored.',
    example: { nationalities: ['VE'], current_country: 'CO', entry_date: '2019-06-10' },
  }),
  as_of: IsoDate.optional().meta({ description: 'The date to decide on; today by default.' }),
  lang: LangQuery,
}).openapi('CheckRequest');

const CriterionResult = z.strictObject({
  id: Slug,
  met: z.boolean().nullable().meta({ description: 'null: depends on an unanswered question.' }),
  label: z.string(),
  sources: z.array(Slug).meta({ description: 'Ids of the pathway sources that state this criterion.' }),
});

/** The engine's answer for every pathway: `checkCatalogue`'s contract. */
export const CheckReport = z.strictObject({
  as_of: IsoDate,
  results: z.array(z.strictObject({
    pathway: Slug,
    outcome: z.enum(OUTCOMES).meta({ description: '`closed`: no eligibility version in force on that date.' }),
    criteria: z.array(CriterionResult),
    missing: z.array(z.string()).meta({ description: 'Variables whose answers would decide an `unknown`.' }),
  })),
}).openapi('CheckReport');
