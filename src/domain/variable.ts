import { z } from 'zod';
import { Localized } from './localized.js';

export const VARIABLE_TYPES = ['boolean', 'date', 'country', 'country_list', 'enum', 'object_list', 'number'] as const;

const FieldDef = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/),
  type: z.enum(['country', 'enum', 'boolean', 'date', 'number']),
  options: z.array(z.string()).optional(),
});

const Option = z.strictObject({ value: z.string(), label: Localized });

/**
 * A question the finder may ask, i.e. one variable of a person's profile. The ids are a public
 * contract (rules, scenarios and API clients use them).
 */
export const VariableDef = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9_]*$/, 'must be snake_case'),
  type: z.enum(VARIABLE_TYPES),
  question: Localized,
  help: Localized,
  options: z.array(Option).optional(),
  fields: z.array(FieldDef).optional(),
});
export type VariableDef = z.infer<typeof VariableDef>;

export const VariableDefs = z.array(VariableDef).min(1);
