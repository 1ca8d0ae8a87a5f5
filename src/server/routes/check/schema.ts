import { z } from 'zod';
import { IsoDate } from '../../../domain/index.js';
import { LangQuery } from '../lang.js';

/** POST /api/check body: a profile (validated against the variables) and the date to decide on. */
export const CheckBody = z.strictObject({
  profile: z.record(z.string(), z.unknown()),
  as_of: IsoDate.optional(),
  lang: LangQuery,
});
