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
 * null = still in force). A person qualifies when every criterion is met.
 */
export const EligibilityVersion = z.strictObject({
  valid_from: IsoDate,
  valid_to: IsoDate.nullable(),
  note: Localized.optional(),
  criteria: z.array(Criterion).min(1, 'an eligibility version needs at least one criterion'),
});
export type EligibilityVersion = z.infer<typeof EligibilityVersion>;

/** The version in force on `asOf`, if any. */
export function versionInForce(versions: readonly EligibilityVersion[], asOf: string): EligibilityVersion | undefined {
  return versions.find((v) => v.valid_from <= asOf && (v.valid_to === null || asOf <= v.valid_to));
}
