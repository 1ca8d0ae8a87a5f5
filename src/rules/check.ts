import type { CheckReport, Criterion, CriterionResult, Lang, Pathway, PathwayResult, Profile } from '../domain/index.js';
// The two helpers from their own zod-free files: the web app's finder runs this engine in the browser.
import { localize } from '../domain/localize.js';
import { versionInForce } from '../domain/version-in-force.js';
import { compile, type CompiledRule } from './compile.js';
import { truthy } from './truthy.js';
import { isUnknown } from './unknown.js';

export interface CheckOptions {
  asOf: string;
  lang: Lang;
}

/** Each criterion's rule is compiled once, on first use. */
const compiled = new WeakMap<object, CompiledRule>();

function compiledRule(criterion: Pick<Criterion, 'rule'>): CompiledRule {
  let fn = compiled.get(criterion);
  if (!fn) {
    fn = compile(criterion.rule);
    compiled.set(criterion, fn);
  }
  return fn;
}

/** Three-valued truth of one criterion for a profile, and the variables it lacked. */
export function evaluateCriterion(criterion: Pick<Criterion, 'rule'>, profile: Profile, asOf: string): { met: boolean | null; missing: string[] } {
  const missing = new Set<string>();
  const value = compiledRule(criterion)(profile, { kleene: true, asOf, onMissing: (v) => missing.add(v) });
  if (isUnknown(value)) return { met: null, missing: [...missing] };
  return { met: truthy(value), missing: [] };
}

/**
 * Decides one pathway for one person on one date, with the reason for each criterion.
 * An unknown never hides a definite no: one failed criterion makes the outcome `not_eligible`.
 */
export function checkPathway(pathway: Pathway, profile: Profile, { asOf, lang }: CheckOptions): PathwayResult {
  const version = versionInForce(pathway.eligibility, asOf);
  if (!version) return { pathway: pathway.id, outcome: 'closed', criteria: [], missing: [] };
  if (!version.rules_known) return { pathway: pathway.id, outcome: 'unknown', criteria: [], missing: [] };
  const missing = new Set<string>();
  const criteria: CriterionResult[] = version.criteria.map((criterion) => {
    const result = evaluateCriterion(criterion, profile, asOf);
    result.missing.forEach((v) => missing.add(v));
    return { id: criterion.id, met: result.met, label: localize(criterion.label, lang), sources: criterion.sources };
  });
  if (criteria.some((c) => c.met === false)) return { pathway: pathway.id, outcome: 'not_eligible', criteria, missing: [] };
  if (criteria.some((c) => c.met === null)) return { pathway: pathway.id, outcome: 'unknown', criteria, missing: [...missing].sort() };
  return { pathway: pathway.id, outcome: 'eligible', criteria, missing: [] };
}

/** Decides every pathway of a catalogue for one person on one date. */
export function checkCatalogue(pathways: readonly Pathway[], profile: Profile, options: CheckOptions): CheckReport {
  return { as_of: options.asOf, results: pathways.map((p) => checkPathway(p, profile, options)) };
}
