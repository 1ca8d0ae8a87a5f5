import {
  LANGS, localize, versionInForce,
  type CheckReport, type Criterion, type EligibilityVersion, type Lang, type Pathway, type Profile,
} from '../../../domain/index.js';
import { compileCatalogue, MET, NOT_MET, type CompiledCatalogue } from '../../../rules/index.js';

/**
 * `JSON.stringify(checkCatalogue(pathways, profile, { asOf, lang }))`, byte for byte, in a
 * fraction of the time: the answer of POST /api/check.
 *
 * Why (bench/api, issue 5): `checkCatalogue` runs each criterion as its own compiled rule with
 * its own option object and missing-variable set, builds a result object per criterion, and the
 * report (~20 KB) is then serialised whole; that was most of the route's time. Here the criteria
 * in force on a date are evaluated together by `compileCatalogue` (the profile read once into a
 * frame), and the report is written from fragments prepared once per criterion and language —
 * only `met`, each outcome and the missing variables are written per request. Rules and outcome
 * logic are those of src/rules/check.ts; check-plan.test.ts holds both to the same bytes.
 *
 * @example const json = checkPlan(snapshot.pathways)(profile, '2021-09-01', 'es');
 */
export type CheckPlan = (profile: Profile, asOf: string, lang: Lang) => CheckReportJson;

/** A `CheckReport` already serialised as JSON. */
export type CheckReportJson = string & { readonly __json: CheckReport };

const plans = new WeakMap<readonly Pathway[], CheckPlan>();

/** The plan of a catalogue, made once per catalogue snapshot (the array identity). */
export function checkPlan(pathways: readonly Pathway[]): CheckPlan {
  let plan = plans.get(pathways);
  if (!plan) plans.set(pathways, (plan = makePlan(pathways)));
  return plan;
}

/** A pathway's part of the report on a date: fixed text, or criteria to evaluate from rule `first` on. */
type Slot =
  | { fixed: string }
  | { head: string; first: number; criteria: CriterionText[] };

interface CriterionText {
  /** `{"id":…,"met":` */
  head: string;
  /** `,"label":…,"sources":[…]}` by language. */
  tail: Record<Lang, string>;
}

/** The criteria in force on the dates that share one set of versions in force, compiled together. */
interface Period {
  slots: Slot[];
  run: CompiledCatalogue;
  answers: Uint8Array;
}

const MET_TEXT = ['false', 'null', 'true'] as const;

function makePlan(pathways: readonly Pathway[]): CheckPlan {
  // The versions in force change only at these dates: a version starts on its valid_from, and
  // stops right after its valid_to (`to + '\0'` is the least text greater than `to`), so between
  // two bounds every date has the same versions in force and shares one period.
  const bounds = [...new Set(pathways.flatMap((p) => p.eligibility.flatMap((v) => (v.valid_to === null ? [v.valid_from] : [v.valid_from, `${v.valid_to}\0`]))))].sort();
  const periods: (Period | undefined)[] = [];
  const texts = new WeakMap<Criterion, CriterionText>();
  const criterionText = (c: Criterion): CriterionText => {
    let text = texts.get(c);
    if (!text) {
      const tail = (lang: Lang) => `,"label":${JSON.stringify(localize(c.label, lang))},"sources":${JSON.stringify(c.sources)}}`;
      text = { head: `{"id":${JSON.stringify(c.id)},"met":`, tail: Object.fromEntries(LANGS.map((l) => [l, tail(l)])) as Record<Lang, string> };
      texts.set(c, text);
    }
    return text;
  };
  // Missing variables as the rules report them: (variable, rule) pairs, reset per request.
  const missingVariables: string[] = [];
  const missingRules: number[] = [];
  const options = {
    kleene: true,
    asOf: '',
    onMissing: (variable: string, rule: number) => { missingVariables.push(variable); missingRules.push(rule); },
  };

  return (profile, asOf, lang) => {
    const k = boundsUpTo(bounds, asOf);
    const period = (periods[k] ??= makePeriod(pathways, pathways.map((p) => versionInForce(p.eligibility, asOf)), criterionText));
    missingVariables.length = 0;
    missingRules.length = 0;
    options.asOf = asOf;
    const answers = period.run(profile, options, period.answers);
    let json = `{"as_of":${JSON.stringify(asOf)},"results":[`;
    for (let i = 0; i < period.slots.length; i++) {
      const slot = period.slots[i]!;
      if (i > 0) json += ',';
      json += 'fixed' in slot ? slot.fixed : pathwayJson(slot, answers, lang, missingVariables, missingRules);
    }
    return `${json}]}` as CheckReportJson;
  };
}

/** How many of the sorted `bounds` are ≤ `value` (binary search). */
function boundsUpTo(bounds: readonly string[], value: string): number {
  let lo = 0;
  let hi = bounds.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (bounds[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function makePeriod(pathways: readonly Pathway[], versions: readonly (EligibilityVersion | undefined)[], text: (c: Criterion) => CriterionText): Period {
  const rules: Criterion['rule'][] = [];
  const slots = pathways.map((p, i): Slot => {
    const version = versions[i];
    const id = JSON.stringify(p.id);
    if (!version) return { fixed: `{"pathway":${id},"outcome":"closed","criteria":[],"missing":[]}` };
    if (!version.rules_known) return { fixed: `{"pathway":${id},"outcome":"unknown","criteria":[],"missing":[]}` };
    const first = rules.length;
    rules.push(...version.criteria.map((c) => c.rule));
    return { head: `{"pathway":${id},"outcome":`, first, criteria: version.criteria.map(text) };
  });
  return { slots, run: compileCatalogue(rules), answers: new Uint8Array(rules.length) };
}

/** One pathway's result, as `checkPathway` decides it: one failed criterion decides not eligible. */
function pathwayJson(
  slot: Extract<Slot, { first: number }>, answers: Uint8Array, lang: Lang, missingVariables: readonly string[], missingRules: readonly number[],
): string {
  const end = slot.first + slot.criteria.length;
  let failed = false;
  let unknown = false;
  let criteria = '';
  for (let r = slot.first; r < end; r++) {
    const answer = answers[r]!;
    if (answer === NOT_MET) failed = true;
    else if (answer !== MET) unknown = true;
    const c = slot.criteria[r - slot.first]!;
    criteria += `${r > slot.first ? ',' : ''}${c.head}${MET_TEXT[answer]!}${c.tail[lang]}`;
  }
  let missing = '[]';
  if (!failed && unknown) {
    // The variables reported by the criteria that came out unknown (not by those decided anyway).
    const names = new Set<string>();
    for (let k = 0; k < missingRules.length; k++) {
      const r = missingRules[k]!;
      if (r >= slot.first && r < end && answers[r] !== MET && answers[r] !== NOT_MET) names.add(missingVariables[k]!);
    }
    missing = JSON.stringify([...names].sort());
  }
  const outcome = failed ? 'not_eligible' : unknown ? 'unknown' : 'eligible';
  return `${slot.head}"${outcome}","criteria":[${criteria}],"missing":${missing}}`;
}
