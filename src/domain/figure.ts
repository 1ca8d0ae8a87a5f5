import { z } from 'zod';
import { IsoDate } from './dates.js';
import { Localized } from './localized.js';
import { SourceRefs } from './source.js';

/** `eligible_estimate`: an official estimate of how many people a programme could cover (not a count of grants). */
export const FIGURE_KINDS = ['beneficiaries', 'applications', 'approvals', 'cap', 'eligible_estimate'] as const;

/** A count reported for a pathway on a date (`as_of`), e.g. permits approved so far. */
export const Figure = z.strictObject({
  kind: z.enum(FIGURE_KINDS),
  count: z.number().int().nonnegative(),
  as_of: IsoDate,
  note: Localized.optional(),
  sources: SourceRefs.min(1, 'every figure must cite a source'),
});
export type Figure = z.infer<typeof Figure>;
