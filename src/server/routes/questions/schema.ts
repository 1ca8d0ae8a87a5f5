import { z } from '@hono/zod-openapi';
import { IsoDate, localize, type VariableDef } from '../../../domain/index.js';
import { CheckBody } from '../check/schema.js';
import { LangQuery } from '../lang.js';
import { DateParam } from '../pathways/query-params.js';
import { Question } from '../variables/schema.js';

/** How each type of answer is written in a query, and the longest it may be. */
const QUERY_FORMS: Record<VariableDef['type'], { form: string; example: string; maxLength: number }> = {
  boolean: { form: '`true` or `false`.', example: 'false', maxLength: 5 },
  number: { form: 'A number.', example: '2', maxLength: 30 },
  date: { form: 'A date, YYYY-MM-DD.', example: '2020-01-31', maxLength: 10 },
  country: { form: 'An ISO 3166-1 alpha-2 code.', example: 'CO', maxLength: 2 },
  country_list: { form: 'ISO 3166-1 alpha-2 codes, comma-separated; empty for none.', example: 'VE,CO', maxLength: 1_000 },
  enum: { form: 'One of the options:', example: '', maxLength: 60 },
  object_list: { form: 'A list of objects as compact JSON (percent-encoded); empty for none.', example: '[{"country":"US","relationship":"sibling","status":"citizen"}]', maxLength: 4_000 },
};

/** The query parameters that are not answers. */
const RESERVED = ['lang', 'as_of'];

/**
 * GET /api/questions/next's query: `lang`, `as_of` and one optional parameter per variable, named
 * by its id, as text (the handler reads it by the variable's type and checks it as a profile).
 * @throws Error when a variable is named like a reserved parameter (a data error, at start-up).
 */
export function answersQuery(variables: readonly VariableDef[]) {
  const answers = Object.fromEntries(variables.map((v) => {
    if (RESERVED.includes(v.id)) throw new Error(`variable '${v.id}' has the name of a query parameter of GET /api/questions/next; rename it`);
    const { form, example, maxLength } = QUERY_FORMS[v.type];
    const options = v.options ? ` ${v.options.map((o) => o.value).join(', ')}.` : '';
    return [v.id, z.string().max(maxLength).optional().meta({
      description: `${localize(v.question, 'en')} ${form}${options}`,
      example: v.options?.[0]?.value ?? example,
    })];
  }));
  return z.strictObject({
    lang: LangQuery,
    as_of: DateParam.optional().meta({ description: 'The date to decide on; today by default.', example: '2021-09-01' }),
    ...answers,
  });
}

/** POST /api/questions/next's body: the same as POST /api/check's. */
export const NextQuestionBody = z.strictObject({ ...CheckBody.shape }).openapi('NextQuestionRequest');

const AskedQuestion = z.strictObject({
  ...Question.shape,
  decides: z.number().int().positive().meta({ description: 'How many of the still-unknown outcomes wait on this answer.' }),
});

/** The question to ask next, or null when no answer could change an outcome any more. */
export const NextQuestionAnswer = z.strictObject({
  as_of: IsoDate,
  question: AskedQuestion.nullable().meta({ description: 'null: every outcome that an answer could settle is settled; send the profile to POST /api/check.' }),
  unknown: z.number().int().nonnegative().meta({
    description: 'How many pathways\' outcomes are still unknown. With `question: null`, these are pathways whose rules for that date are not in our sources: no answer settles them.',
  }),
}).openapi('NextQuestion');
export type NextQuestionAnswer = z.infer<typeof NextQuestionAnswer>;
