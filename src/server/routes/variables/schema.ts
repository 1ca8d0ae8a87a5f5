import { z } from '@hono/zod-openapi';
import { VariableDef } from '../../../domain/index.js';
import { LangQuery } from '../lang.js';

export const VariablesQuery = z.strictObject({ lang: LangQuery });

/** One question of the finder, texts in the requested language. */
export const Question = z.strictObject({
  id: VariableDef.shape.id.meta({ description: 'The profile key for the answer (POST /api/check).', example: 'entry_date' }),
  type: VariableDef.shape.type,
  question: z.string(),
  help: z.string(),
  options: z.array(z.strictObject({ value: z.string(), label: z.string() })).optional(),
  fields: VariableDef.shape.fields,
}).openapi('Question');

export const QuestionList = z.strictObject({ items: z.array(Question) }).openapi('QuestionList');
