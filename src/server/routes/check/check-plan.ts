import {
  LANGS, localize, versionInForce,
  type CheckReport, type Criterion, type EligibilityVersion, type Lang, type Pathway, type Profile,
} from '../../../domain/index.js';
import { compileCatalogue, NOT_MET, UNKNOWN_ANSWER, type CompiledCatalogue } from '../../../rules/index.js';

/**
 * `JSON.stringify(checkCatalogue(pathways, profile, { asOf, lang }))` as UTF-8, byte for byte,
 * in a fraction of the time: the answer of POST /api/check.
 *
 * Why (bench/api, issue 5): `checkCatalogue` runs each criterion as its own compiled rule with
 * its own option object and missing-variable set and builds an object per criterion; the report
 * (~20 KB) was then serialised and encoded whole, and that was most of the route's time. Here
 * the criteria in force on a date are evaluated together by `compileCatalogue` (the profile read
 * once into a frame), and the report is copied from UTF-8 fragments encoded once per criterion,
 * answer and language: per request only the date, the missing variables and the copy remain.
 * Rules and outcome logic are those of src/rules/check.ts; check-plan.test.ts holds both to the
 * same bytes.
 *
 * @example const json = checkPlan(snapshot.pathways)(profile, '2021-09-01', 'es');
 */
export type CheckPlan = (profile: Profile, asOf: string, lang: Lang) => CheckReportJson;

/** A `CheckReport` already serialised as JSON, in UTF-8. */
export type CheckReportJson = Uint8Array<ArrayBuffer> & { readonly __json: CheckReport };

const plans = new WeakMap<readonly Pathway[], CheckPlan>();

/** The plan of a catalogue, made once per catalogue snapshot (the array identity). */
export function checkPlan(pathways: readonly Pathway[]): CheckPlan {
  let plan = plans.get(pathways);
  if (!plan) plans.set(pathways, (plan = makePlan(pathways)));
  return plan;
}

const utf8 = (text: string) => Buffer.from(text, 'utf8');
const COMMA = utf8(',');
const END_REPORT = utf8(']}');
const NO_MISSING = utf8('],"missing":[]}');

/** A pathway's part of the report on a date: fixed, or criteria to evaluate from rule `first` on. */
type Slot =
  | { fixed: Buffer }
  | { first: number; criteria: CriterionBytes[]; heads: Record<'eligible' | 'not_eligible' | 'unknown', Buffer> };

/**
 * `{"id":…,"met":…,"label":…,"sources":[…]}` by language and answer (NOT_MET, UNKNOWN_ANSWER,
 * MET), and the same after a comma (answers 3 to 5): fewer, larger pieces copy faster.
 */
type CriterionBytes = Record<Lang, readonly Buffer[]>;

/** The criteria in force on the dates that share one set of versions in force, compiled together. */
interface Period {
  slots: Slot[];
  run: CompiledCatalogue;
  answers: Uint8Array;
}

function makePlan(pathways: readonly Pathway[]): CheckPlan {
  // The versions in force change only at these dates: a version starts on its valid_from, and
  // stops right after its valid_to (`to + '\0'` is the least text greater than `to`), so between
  // two bounds every date has the same versions in force and shares one period.
  const bounds = [...new Set(pathways.flatMap((p) => p.eligibility.flatMap((v) => (v.valid_to === null ? [v.valid_from] : [v.valid_from, `${v.valid_to}\0`]))))].sort();
  const periods: (Period | undefined)[] = [];
  const encoded = new WeakMap<Criterion, CriterionBytes>();
  const criterionBytes = (c: Criterion): CriterionBytes => {
    let bytes = encoded.get(c);
    if (!bytes) {
      const json = (lang: Lang) => [false, null, true].map((met) => JSON.stringify({ id: c.id, met, label: localize(c.label, lang), sources: c.sources }));
      bytes = Object.fromEntries(LANGS.map((l) => [l, [...json(l), ...json(l).map((j) => `,${j}`)].map(utf8)])) as unknown as CriterionBytes;
      encoded.set(c, bytes);
    }
    return bytes;
  };
  // Missing variables as the rules report them: (variable, rule) pairs, reset per request.
  const missingVariables: string[] = [];
  const missingRules: number[] = [];
  const options = {
    kleene: true,
    asOf: '',
    onMissing: (variable: string, rule: number) => { missingVariables.push(variable); missingRules.push(rule); },
  };
  const parts: Buffer[] = [];

  return (profile, asOf, lang) => {
    const k = boundsUpTo(bounds, asOf);
    const period = (periods[k] ??= makePeriod(pathways, pathways.map((p) => versionInForce(p.eligibility, asOf)), criterionBytes));
    missingVariables.length = 0;
    missingRules.length = 0;
    options.asOf = asOf;
    const answers = period.run(profile, options, period.answers);
    parts.length = 0;
    parts.push(utf8(`{"as_of":${JSON.stringify(asOf)},"results":[`));
    for (let i = 0; i < period.slots.length; i++) {
      const slot = period.slots[i]!;
      if (i > 0) parts.push(COMMA);
      if ('fixed' in slot) parts.push(slot.fixed);
      else pushPathway(parts, slot, answers, lang, missingVariables, missingRules);
    }
    parts.push(END_REPORT);
    return concat(parts);
  };
}

/** The pieces copied into one buffer (and `parts` emptied). */
function concat(parts: Buffer[]): CheckReportJson {
  let length = 0;
  for (let i = 0; i < parts.length; i++) length += parts[i]!.length;
  const out = Buffer.allocUnsafe(length);
  let offset = 0;
  for (let i = 0; i < parts.length; i++) {
    out.set(parts[i]!, offset);
    offset += parts[i]!.length;
  }
  parts.length = 0;
  return out as Uint8Array as CheckReportJson;
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

function makePeriod(pathways: readonly Pathway[], versions: readonly (EligibilityVersion | undefined)[], bytes: (c: Criterion) => CriterionBytes): Period {
  const rules: Criterion['rule'][] = [];
  const slots = pathways.map((p, i): Slot => {
    const version = versions[i];
    const empty = (outcome: string) => ({ fixed: utf8(JSON.stringify({ pathway: p.id, outcome, criteria: [], missing: [] })) });
    if (!version) return empty('closed');
    if (!version.rules_known) return empty('unknown');
    const first = rules.length;
    rules.push(...version.criteria.map((c) => c.rule));
    const head = (outcome: string) => utf8(`{"pathway":${JSON.stringify(p.id)},"outcome":"${outcome}","criteria":[`);
    return { first, criteria: version.criteria.map(bytes), heads: { eligible: head('eligible'), not_eligible: head('not_eligible'), unknown: head('unknown') } };
  });
  return { slots, run: compileCatalogue(rules), answers: new Uint8Array(rules.length) };
}

/** Appends one pathway's result, as `checkPathway` decides it: one failed criterion decides not eligible. */
function pushPathway(
  parts: Buffer[], slot: Extract<Slot, { first: number }>, answers: Uint8Array, lang: Lang, missingVariables: readonly string[], missingRules: readonly number[],
): void {
  const end = slot.first + slot.criteria.length;
  let failed = false;
  let unknown = false;
  for (let r = slot.first; r < end; r++) {
    if (answers[r] === NOT_MET) failed = true;
    else if (answers[r] === UNKNOWN_ANSWER) unknown = true;
  }
  parts.push(slot.heads[failed ? 'not_eligible' : unknown ? 'unknown' : 'eligible']);
  for (let r = slot.first; r < end; r++) parts.push(slot.criteria[r - slot.first]![lang][answers[r]! + (r > slot.first ? 3 : 0)]!);
  if (failed || !unknown) {
    parts.push(NO_MISSING);
    return;
  }
  // The variables reported by the criteria that came out unknown (not by those decided anyway).
  const names = new Set<string>();
  for (let k = 0; k < missingRules.length; k++) {
    const r = missingRules[k]!;
    if (r >= slot.first && r < end && answers[r] === UNKNOWN_ANSWER) names.add(missingVariables[k]!);
  }
  parts.push(utf8(`],"missing":${JSON.stringify([...names].sort())}}`));
}
