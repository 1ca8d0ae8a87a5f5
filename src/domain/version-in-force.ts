import type { EligibilityVersion } from './eligibility.js';

/** The version in force on `asOf`, if any. */
export function versionInForce(versions: readonly EligibilityVersion[], asOf: string): EligibilityVersion | undefined {
  return versions.find((v) => v.valid_from <= asOf && (v.valid_to === null || asOf <= v.valid_to));
}
