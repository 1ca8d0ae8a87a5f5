import { z } from 'zod';
import { IsoDate } from './dates.js';
import { JsonLogic } from './jsonlogic.js';
import { Localized } from './localized.js';
import { Slug, SourceRefs } from './source.js';

/** One condition a person must meet, as the source states it, and as executable JsonLogic. */
export const Criterion = z.strictObject({
  id: Slug,
  label: Localized,
  rule: JsonLogic,
  sources: SourceRefs.min(1, 'every criterion must cite the source that states it'),
});
export type Criterion = z.infer<typeof Criterion>;

/**
 * The eligibility rules in force from `valid_from` to `valid_to` (both inclusive; `valid_to`
 * null = still in force). A person qualifies when every criterion is met. A version with
 * `rules_known: false` records a period when the programme was open but its rules are not in
 * our sources (say why in `note`): it answers `unknown`, never `closed`.
 */
export const EligibilityVersion = z.strictObject({
  valid_from: IsoDate,
  valid_to: IsoDate.nullable(),
  rules_known: z.boolean().default(true),
  note: Localized.optional(),
  criteria: z.array(Criterion),
}).superRefine((v, ctx) => {
  if (v.rules_known && v.criteria.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['criteria'], message: 'an eligibility version needs at least one criterion (or rules_known: false with a note saying why)' });
  }
  if (!v.rules_known && (v.criteria.length > 0 || !v.note)) {
    ctx.addIssue({ code: 'custom', path: ['rules_known'], message: 'a version with rules_known: false has no criteria and a note saying why the rules are unknown' });
  }
});
export type EligibilityVersion = z.infer<typeof EligibilityVersion>;

// In a file of its own, without zod, so that the rules engine carries no schema into the browser.
export { versionInForce } from './version-in-force.js';
