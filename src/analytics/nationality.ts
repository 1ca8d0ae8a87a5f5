import { isCountryCode, versionInForce, type EligibilityVersion, type JsonLogic, type Pathway } from '../domain/index.js';
import { evaluateCriterion, inspectRule } from '../rules/index.js';

/** What a version answers for a national of a country when nothing else is known about them. */
export type Admission = 'eligible' | 'unknown' | 'not_eligible';

/** Answers per version, keyed `nationality|date`: the rules are pure, so an answer never changes. */
const answers = new WeakMap<EligibilityVersion, Map<string, Admission>>();

/**
 * The version's answer for the partial profile `{nationalities: [nationality]}` on `asOf`, in
 * Kleene logic: `not_eligible` only when a criterion fails whatever the other answers would be
 * (e.g. it lists other nationalities); `unknown` when the rest depends on other questions, or
 * when the version's rules are not in our sources.
 *
 * @example versionAdmits(etpv.eligibility[0], 'HT', '2021-03-01') // 'not_eligible'
 */
export function versionAdmits(version: EligibilityVersion, nationality: string, asOf: string): Admission {
  let cache = answers.get(version);
  if (!cache) answers.set(version, (cache = new Map()));
  const key = `${nationality}|${asOf}`;
  let answer = cache.get(key);
  if (answer === undefined) {
    answer = decide(version, nationality, asOf);
    cache.set(key, answer);
  }
  return answer;
}

function decide(version: EligibilityVersion, nationality: string, asOf: string): Admission {
  if (!version.rules_known) return 'unknown';
  const profile = { nationalities: [nationality] };
  let unknown = false;
  for (const criterion of version.criteria) {
    const { met } = evaluateCriterion(criterion, profile, asOf);
    if (met === false) return 'not_eligible';
    if (met === null) unknown = true;
  }
  return unknown ? 'unknown' : 'eligible';
}

/**
 * Whether a national of `nationality` might use the pathway, i.e. is not ruled out by a definite
 * no. With `on`, the version in force that day decides (no version: closed, so no); without it,
 * any version of the pathway's history may admit them, each judged on its first day.
 *
 * @example admitsNationality(mercosurResidence, 'AR') // true; with 'VE': false (Venezuela never adhered)
 */
export function admitsNationality(pathway: Pick<Pathway, 'eligibility'>, nationality: string, on?: string): boolean {
  if (on !== undefined) {
    const version = versionInForce(pathway.eligibility, on);
    return version !== undefined && versionAdmits(version, nationality, on) !== 'not_eligible';
  }
  return pathway.eligibility.some((v) => versionAdmits(v, nationality, v.valid_from) !== 'not_eligible');
}

/**
 * The country codes written in criteria that read `nationalities`: the nationalities the
 * catalogue singles out (for facets and the coverage matrix), sorted.
 *
 * @example mentionedNationalities(pathways).includes('VE') // true
 */
export function mentionedNationalities(pathways: readonly Pathway[]): string[] {
  const found = new Set<string>();
  for (const criterion of pathways.flatMap((p) => p.eligibility.flatMap((v) => v.criteria))) {
    if (inspectRule(criterion.rule).variables.some((u) => u.path === 'nationalities')) collectCodes(criterion.rule, found);
  }
  return [...found].sort();
}

function collectCodes(node: JsonLogic, into: Set<string>): void {
  if (typeof node === 'string') {
    if (isCountryCode(node)) into.add(node);
  } else if (Array.isArray(node)) {
    node.forEach((child) => collectCodes(child, into));
  } else if (typeof node === 'object' && node !== null) {
    Object.values(node).forEach((child) => collectCodes(child as JsonLogic, into));
  }
}
