import { z } from 'zod';
import { LangSchema, Slug, Source } from '../domain/index.js';

const CompareCell = z.strictObject({
  pathway: Slug,
  value: z.json().meta({ description: 'The value as data; null when unknown. Lists whose order means nothing are sorted.' }),
  known: z.boolean().meta({ description: 'False when no source states the value.' }),
  text: z.string().meta({ description: 'The value in words, in the asked language.' }),
  note: z.string().nullable(),
  sources: z.array(Slug).meta({ description: 'Ids of the sources (listed under `pathways[].sources`) that state the value.' }),
});

const CompareRow = z.strictObject({
  path: z.string().meta({ description: 'The attribute, flattened, e.g. `rights.work`, `application.fees`, `figures.approvals`.', example: 'rights.work' }),
  label: z.string(),
  comparison: z.enum(['same', 'different']).meta({ description: '`same` when every pathway has the same value (two unknowns are the same).' }),
  cells: z.array(CompareCell).meta({ description: 'One per pathway, in the order asked.' }),
});

/** Pathways side by side on every attribute, each row marked same or different. */
export const Comparison = z.strictObject({
  lang: LangSchema,
  pathways: z.array(z.strictObject({ id: Slug, name: z.string(), sources: z.array(Source) })),
  rows: z.array(CompareRow),
});
export type Comparison = z.infer<typeof Comparison>;
