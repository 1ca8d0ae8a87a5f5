import { z } from '@hono/zod-openapi';
import { LangQuery } from '../lang.js';
import { DateParam } from '../pathways/query-params.js';

/** The most entries a feed lists: more than the catalogue has had changes in a year. */
export const MAX_ENTRIES = 500;

export const ChangesQuery = z.strictObject({
  lang: LangQuery,
  until: DateParam.optional().meta({
    description: 'Leave out changes dated after this day (YYYY-MM-DD). Default: today, so a closing already scheduled is not news before it happens.',
    example: '2023-12-31',
  }),
  limit: z.coerce.number<string | number>().int().min(1).max(MAX_ENTRIES).default(100).meta({ description: 'The newest changes to list.' }),
});
export type ChangesQuery = z.infer<typeof ChangesQuery>;
