import {
  LANGS, localize, versionInForce,
  type CheckReport, type Criterion, type EligibilityVersion, type Lang, type Pathway, type Profile,
} from '../../../domain/index.js';
import { compileCatalogue, MET, UNKNOWN_ANSWER, type CompiledCatalogue } from '../../../rules/index.js';

/**
 * `JSON.stringify(checkCatalogue(pathways, profile, { asOf, lang }))` as UTF-8, byte for byte,
 * in a fraction of the time: the answer of POST /api/check.
 *
 * Why (bench/api, issue 5): `checkCatalogue` runs each criterion as its own compiled rule with
 * its own option object and missing-variable set and builds an object per criterion; the report
 * (~20 KB) was then serialised and encoded whole, and that was most of the route's time. Here
 * the criteria in force on a date are evaluated together by `compileCatalogue` (the profile read
 * once into a frame), and each pathway's result is copied from UTF-8 bytes kept per eligibility
 * version, language and answers of its criteria: per request only the date, the missing
 * variables and one copy per pathway remain. Rules and outcome logic are those of
 * src/rules/check.ts; check-plan.test.ts holds both to the same bytes.
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

/** Bytes of pathway results a plan keeps; beyond, results are written anew each time. */
const KEPT_BYTES = 8 * 1024 * 1024;
/** Versions with more criteria than this are written anew each time (their answers would not fit one number). */
const MAX_KEYED_CRITERIA = 30;

const utf8 = (text: string) => Buffer.from(text, 'utf8');
const END_REPORT = utf8(']}');
const OUTCOME = ['not_eligible', 'unknown', 'eligible'] as const;

/** A pathway's part of the report on a date: fixed (no version in force, or rules unknown), or criteria from rule `first` on. */
type Slot =
  | { fixed: Buffer }
  | { id: string; version: EligibilityVersion; first: number; kept: KeptResults };

/** A version's results by language (index in LANGS), then by the answers of its criteria in base 3. */
type KeptResults = Map<number, Buffer>[];

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
  const kept = new WeakMap<EligibilityVersion, KeptResults>();
  const keptOf = (version: EligibilityVersion) => kept.get(version) ?? (kept.set(version, LANGS.map(() => new Map())).get(version)!);
  const results = resultBytes();
  // Missing variables as the rules report them: (variable, rule) pairs, reset per request.
  const missing: MissingPairs = { variables: [], rules: [], byRule: new Int32Array(0), order: new Int32Array(0), next: new Int32Array(0), kept: new Map() };
  const options = {
    kleene: true,
    asOf: '',
    onMissing: (variable: string, rule: number) => { missing.variables.push(variable); missing.rules.push(rule); },
  };
  const parts: Uint8Array[] = [];

  return (profile, asOf, lang) => {
    const period = (periods[boundsUpTo(bounds, asOf)] ??= makePeriod(pathways, asOf, keptOf));
    missing.variables.length = 0;
    missing.rules.length = 0;
    options.asOf = asOf;
    const answers = period.run(profile, options, period.answers);
    indexByRule(missing, answers.length);
    const l = LANGS.indexOf(lang);
    parts.push(utf8(`{"as_of":${JSON.stringify(asOf)},"results":[`));
    for (let i = 0; i < period.slots.length; i++) {
      const slot = period.slots[i]!;
      let piece: Uint8Array;
      let worst: number = MET; // NOT_MET < UNKNOWN_ANSWER < MET: the outcome is the lowest answer
      if ('fixed' in slot) piece = slot.fixed;
      else {
        const end = slot.first + slot.version.criteria.length;
        for (let r = slot.first; r < end; r++) if (answers[r]! < worst) worst = answers[r]!;
        piece = results(slot, answers, l, worst);
      }
      // Every result is kept after a comma; the first goes without.
      parts.push(i === 0 ? piece.subarray(1) : piece);
      if (worst === UNKNOWN_ANSWER && !('fixed' in slot)) parts.push(missingBytes(slot.first, slot.first + slot.version.criteria.length, answers, missing));
    }
    parts.push(END_REPORT);
    return concat(parts);
  };
}

/**
 * The result of a pathway (after a comma) up to its `"missing":` — and with `[]}` when its
 * outcome is not unknown — kept by version, language and the answers of its criteria.
 */
function resultBytes(): (slot: Extract<Slot, { version: unknown }>, answers: Uint8Array, lang: number, worst: number) => Buffer {
  const texts = new WeakMap<Criterion, string[][]>();
  let keptBytes = 0;
  const criterionJson = (c: Criterion, lang: number, answer: number) => {
    let text = texts.get(c);
    if (!text) {
      const variants = (l: Lang) => [false, null, true].map((met) => JSON.stringify({ id: c.id, met, label: localize(c.label, l), sources: c.sources }));
      texts.set(c, (text = LANGS.map(variants)));
    }
    return text[lang]![answer]!;
  };
  return (slot, answers, lang, worst) => {
    const { criteria } = slot.version;
    let key = 0;
    for (let k = 0; k < criteria.length; k++) key = key * 3 + answers[slot.first + k]!;
    const memo = slot.kept[lang]!;
    let bytes = memo.get(key);
    if (!bytes) {
      const items = criteria.map((c, k) => criterionJson(c, lang, answers[slot.first + k]!)).join(',');
      bytes = utf8(`,{"pathway":${slot.id},"outcome":"${OUTCOME[worst]!}","criteria":[${items}],"missing":${worst === UNKNOWN_ANSWER ? '' : '[]}'}`);
      if (criteria.length <= MAX_KEYED_CRITERIA && keptBytes + bytes.length <= KEPT_BYTES) {
        memo.set(key, bytes);
        keptBytes += bytes.length;
      }
    }
    return bytes;
  };
}

/** The (variable, rule) pairs reported missing, and their positions grouped by rule (a counting sort). */
interface MissingPairs {
  variables: string[];
  rules: number[];
  /** Pairs of rule r are `order[byRule[r]]` to `order[byRule[r + 1] - 1]`. */
  byRule: Int32Array;
  order: Int32Array;
  /** Scratch: where the next pair of each rule goes while sorting. */
  next: Int32Array;
  /** `[…]}` by the names it lists. */
  kept: Map<string, Buffer>;
}

function indexByRule(m: MissingPairs, rules: number): void {
  if (m.byRule.length < rules + 1) m.byRule = new Int32Array(rules + 1);
  if (m.order.length < m.rules.length) m.order = new Int32Array(m.rules.length * 2);
  const { byRule, order } = m;
  byRule.fill(0, 0, rules + 1);
  for (let k = 0; k < m.rules.length; k++) byRule[m.rules[k]! + 1]!++;
  for (let r = 0; r < rules; r++) byRule[r + 1]! += byRule[r]!;
  if (m.next.length < rules) m.next = new Int32Array(rules);
  const next = m.next;
  next.set(byRule.subarray(0, rules));
  for (let k = 0; k < m.rules.length; k++) order[next[m.rules[k]!]!++] = k;
}

/** `[…]}`: the variables reported by the criteria that came out unknown (not by those decided anyway), sorted. */
function missingBytes(first: number, end: number, answers: Uint8Array, m: MissingPairs): Buffer {
  const names: string[] = [];
  for (let r = first; r < end; r++) {
    if (answers[r] !== UNKNOWN_ANSWER) continue;
    for (let k = m.byRule[r]!; k < m.byRule[r + 1]!; k++) {
      const name = m.variables[m.order[k]!]!;
      if (!names.includes(name)) names.push(name);
    }
  }
  const key = names.sort().join('\n');
  let bytes = m.kept.get(key);
  if (!bytes) {
    bytes = utf8(`${JSON.stringify(names)}}`);
    // Variable names come from the rules, so there are few lists of them; the bound is a guard.
    if (m.kept.size < 10_000) m.kept.set(key, bytes);
  }
  return bytes;
}

/** The pieces copied into one buffer (and `parts` emptied). */
function concat(parts: Uint8Array[]): CheckReportJson {
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

/**
 * Neighbouring fixed results joined into one piece: on most dates many pathways in a row are
 * closed or have no known rules, and each piece costs a copy per request.
 */
function joinFixed(slots: Slot[]): Slot[] {
  const joined: Slot[] = [];
  for (const slot of slots) {
    const last = joined.at(-1);
    if ('fixed' in slot && last && 'fixed' in last) joined[joined.length - 1] = { fixed: Buffer.concat([last.fixed, slot.fixed]) };
    else joined.push(slot);
  }
  return joined;
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

/** The period of `asOf`: each pathway's version in force then, and their criteria compiled together. */
function makePeriod(pathways: readonly Pathway[], asOf: string, keptOf: (v: EligibilityVersion) => KeptResults): Period {
  const rules: Criterion['rule'][] = [];
  const slots = pathways.map((p): Slot => {
    const version = versionInForce(p.eligibility, asOf);
    const empty = (outcome: string) => ({ fixed: utf8(`,${JSON.stringify({ pathway: p.id, outcome, criteria: [], missing: [] })}`) });
    if (!version) return empty('closed');
    if (!version.rules_known) return empty('unknown');
    const first = rules.length;
    rules.push(...version.criteria.map((c) => c.rule));
    return { id: JSON.stringify(p.id), version, first, kept: keptOf(version) };
  });
  return { slots: joinFixed(slots), run: compileCatalogue(rules), answers: new Uint8Array(rules.length) };
}
