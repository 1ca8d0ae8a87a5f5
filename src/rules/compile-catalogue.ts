import type { JsonLogic } from '../domain/index.js';
import { compile, compileItemCondition, type CompiledRule } from './compile.js';
import type { EvaluateOptions } from './evaluate.js';
import { FLIPPED, plainVarKey } from './compile-leaf.js';
import { STANDARD_OPERATIONS, yearsBetween } from './operations.js';
import { truthy } from './truthy.js';
import { isUnknown } from './unknown.js';

export interface CatalogueOptions {
  kleene: boolean;
  asOf: string;
  /** Receives every profile variable found missing, with the index of the rule that needed it. */
  onMissing?: ((variable: string, rule: number) => void) | undefined;
}

/** A rule's answer as a small integer: NOT_MET < UNKNOWN_ANSWER < MET, so `and` is min and `or` is max. */
export const NOT_MET = 0;
export const UNKNOWN_ANSWER = 1;
export const MET = 2;

/** Evaluates every rule against one profile into `out`: `out[r]` is rule r's answer. */
export type CompiledCatalogue = (profile: unknown, options: CatalogueOptions, out: Uint8Array) => Uint8Array;

/** The answer a rule's value gives: unknown, or its JsonLogic truthiness. */
export const answerOf = (value: unknown): number => (isUnknown(value) ? UNKNOWN_ANSWER : truthy(value) ? MET : NOT_MET);

/**
 * Compiles a list of rules (a catalogue's criteria) to be evaluated together against one profile
 * at a time. Each rule's answer (met, not met, unknown) and the missing variables reported for it
 * are exactly those of `compile` applied rule by rule; the rules' values are not kept, only their
 * answers, so the criteria compute in small integers (Kleene `and` is min, `or` max, `!` 2 − x).
 *
 * Why this exists (bench/rules): evaluated one by one, every rule pays for reading the profile
 * and for comparing text — dates and country codes — which is most of the cost of the small
 * criteria a catalogue is made of. Here each profile is read once into a frame: every variable the
 * rules test, the profile's text values replaced by small integers from a dictionary of the
 * rules' literals, dates as YYYYMMDD numbers, ages on the evaluation date. The criteria then
 * compare integers. Every rule is still evaluated in full (identical rules are not shared), and any
 * part of a rule outside these shapes runs as an ordinary compiled rule on the profile itself.
 */
export function compileCatalogue(rules: readonly JsonLogic[]): CompiledCatalogue {
  const plan = new FramePlan();
  const built = rules.map((rule, r) => plan.node(rule, r));
  // Rules run grouped by the code of their top node (closures of one factory share their source
  // text), so consecutive calls go to the same code: fewer mispredicted indirect calls, measured
  // in bench/rules. Answers go to each rule's own index, so the order is invisible.
  const order = built.map((node, r) => ({ r, code: String(node) })).sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : a.r - b.r)).map((x) => x.r);
  const nodes = order.map((r) => built[r] as FrameNode);
  const index = Int32Array.from(order);
  const slots = plan.slots;
  const frame: Frame = {
    profile: undefined, values: [], ids: new Int32Array(slots.length), truths: new Uint8Array(slots.length), dates: new Float64Array(slots.length),
    ages: [], items: slots.map(() => new Int32Array(8)), lengths: new Int32Array(slots.length),
  };
  return (profile, o, out) => {
    plan.fill(frame, profile, o.asOf);
    for (let k = 0; k < nodes.length; k++) out[index[k] as number] = (nodes[k] as FrameNode)(frame, o);
    frame.profile = undefined;
    return out;
  };
}

/** One profile, read once. `ids` codes: ≥ 0 a dictionary text, or one of the constants below. */
interface Frame {
  profile: unknown;
  values: unknown[];
  ids: Int32Array;
  /** JsonLogic truthiness of the value: FALSE_VALUE, TRUE_VALUE or ABSENT_VALUE. */
  truths: Uint8Array;
  dates: Float64Array;
  ages: unknown[];
  /** For list variables: the dictionary codes of the items, and their number (-1: no list). */
  items: Int32Array[];
  lengths: Int32Array;
}

type FrameNode = (f: Frame, o: CatalogueOptions) => number;

const OTHER_TEXT = -1; // a text that is no literal of any rule
const ABSENT = -2; // undefined or null
const NOT_TEXT = -3; // a number, boolean, list or object

const FALSE_VALUE = 0;
const TRUE_VALUE = 1;
const ABSENT_VALUE = 2;

/** What the rules read of a variable, so the frame computes only that. */
interface Slot { key: string; text: boolean; list: boolean; date: boolean; age: boolean; truth: boolean }

const isDateText = (v: unknown): v is string => typeof v === 'string' && v.length === 10 && /^\d{4}-\d{2}-\d{2}$/.test(v);
const dateNumber = (v: string): number => Number(v.slice(0, 4)) * 10_000 + Number(v.slice(5, 7)) * 100 + Number(v.slice(8, 10));

/**
 * A `YYYY-MM-DD` text (exactly) as the number YYYYMMDD, read digit by digit; NaN for anything
 * else. Filling the frame reads every date of every profile, and this is ~5× cheaper than a
 * regular expression and slices (bench/rules).
 */
function dateCode(v: unknown): number {
  if (typeof v !== 'string' || v.length !== 10 || v.charCodeAt(4) !== 45 || v.charCodeAt(7) !== 45) return NaN;
  let n = 0;
  for (let k = 0; k < 10; k++) {
    if (k === 4 || k === 7) continue;
    const d = v.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return NaN;
    n = n * 10 + d;
  }
  return n;
}

class FramePlan {
  readonly slots: Slot[] = [];
  private readonly dictionary = new Map<string, number>();

  private slot(key: string): number {
    const i = this.slots.findIndex((s) => s.key === key);
    if (i >= 0) return i;
    this.slots.push({ key, text: false, list: false, date: false, age: false, truth: false });
    return this.slots.length - 1;
  }

  private code(text: string): number {
    let id = this.dictionary.get(text);
    if (id === undefined) this.dictionary.set(text, (id = this.dictionary.size));
    return id;
  }

  private asOf = '';
  private asOfCode = NaN;

  fill(f: Frame, profile: unknown, asOf: string): void {
    f.profile = profile;
    if (asOf !== this.asOf) {
      this.asOf = asOf;
      this.asOfCode = dateCode(asOf);
    }
    const data = profile === null || profile === undefined ? undefined : (profile as Record<string, unknown>);
    for (let i = 0; i < this.slots.length; i++) {
      const slot = this.slots[i] as Slot;
      const v = data?.[slot.key];
      f.values[i] = v;
      const absentValue = v === undefined || v === null;
      // Only text tests read a value's dictionary code; the others only whether it is absent.
      f.ids[i] = absentValue ? ABSENT : slot.text && typeof v === 'string' ? (this.dictionary.get(v) ?? OTHER_TEXT) : NOT_TEXT;
      if (slot.truth) f.truths[i] = absentValue ? ABSENT_VALUE : truthy(v) ? TRUE_VALUE : FALSE_VALUE;
      if (slot.date || slot.age) {
        const n = dateCode(v);
        f.dates[i] = n;
        // Whole years from date to date are the YYYYMMDD difference in ten-thousands, rounded
        // down (a month-day not yet reached borrows one); other texts go the general way.
        if (slot.age) f.ages[i] = n === n && this.asOfCode === this.asOfCode ? Math.floor((this.asOfCode - n) / 10_000) : yearsBetween(v as string, asOf);
      }
      if (slot.list) {
        if (!Array.isArray(v)) {
          f.lengths[i] = -1;
          continue;
        }
        if ((f.items[i] as Int32Array).length < v.length) f.items[i] = new Int32Array(v.length * 2);
        const items = f.items[i] as Int32Array;
        // Items that are no literal get the code one past the dictionary: 0 in every table.
        const other = this.dictionary.size;
        for (let k = 0; k < v.length; k++) items[k] = typeof v[k] === 'string' ? (this.dictionary.get(v[k] as string) ?? other) : other;
        f.lengths[i] = v.length;
      }
    }
  }

  /** A frame node for the rule (index r), or the ordinary compiled rule on the profile. */
  node(rule: JsonLogic, r: number): FrameNode {
    return this.frameNode(rule, r) ?? fallback(rule, r);
  }

  private frameNode(rule: JsonLogic, r: number): FrameNode | undefined {
    if (typeof rule !== 'object' || rule === null || Array.isArray(rule)) return undefined;
    const op = Object.keys(rule)[0] as string;
    const raw = rule[op] as JsonLogic;
    const args: JsonLogic[] = Array.isArray(raw) ? raw : [raw];
    if (op === 'and' || op === 'or') return args.length === 0 ? undefined : junction(args.map((a) => this.node(a, r)), op === 'or');
    if (op === 'var' || op === '!' || op === '!!') {
      const key = plainVarKey(op === 'var' ? rule : (args[0] as JsonLogic));
      if (op !== 'var' && args.length !== 1) return undefined;
      if (key === undefined) {
        // Only an answer can be negated as a number; any other operand falls back as a whole.
        const inner = op === 'var' ? undefined : this.frameNode(args[0] as JsonLogic, r);
        return inner && (op === '!' ? negation(inner) : inner);
      }
      const i = this.slot(key);
      (this.slots[i] as Slot).truth = true;
      return truthiness(i, key, r, op);
    }
    if (args.length !== 2) return undefined;
    const [a, b] = args as [JsonLogic, JsonLogic];
    const key = plainVarKey(a);
    if (key !== undefined && (op === 'in' || op === 'intersects') && Array.isArray(b) && b.length > 0 && b.every((x) => typeof x === 'string')) {
      const codes = (b as string[]).map((x) => this.code(x));
      const i = this.slot(key);
      const lookup = () => { const t = new Uint8Array(this.dictionary.size + 1); for (const c of codes) t[c] = 1; return t; };
      if (op === 'in') {
        (this.slots[i] as Slot).text = true;
        return inList(i, key, r, lookup);
      }
      (this.slots[i] as Slot).list = true;
      return intersectsList(i, key, r, lookup);
    }
    if (key !== undefined && (typeof b === 'string' || typeof b === 'number')) return this.comparison(op, key, b, r);
    const right = plainVarKey(b);
    const flipped = FLIPPED[op];
    if (right !== undefined && flipped && (typeof a === 'string' || typeof a === 'number')) return this.comparison(flipped, right, a, r);
    if (key !== undefined && (op === 'some' || op === 'all' || op === 'none')) return iteration(op, this.slot(key), key, r, compileItemCondition(b));
    if (key !== undefined && right !== undefined && op === 'in') return inListVariable(this.slot(key), key, this.slot(right), right, r);
    const age = ageOf(a);
    if (age !== undefined && typeof b === 'number' && ['<', '<=', '>', '>='].includes(op)) {
      const i = this.slot(age);
      (this.slots[i] as Slot).age = true;
      return ageComparison(i, age, r, op as Order, b);
    }
    return undefined;
  }

  private comparison(op: string, key: string, literal: string | number, r: number): FrameNode | undefined {
    const i = this.slot(key);
    if (typeof literal === 'string' && (op === '==' || op === '===' || op === '!=' || op === '!==')) {
      (this.slots[i] as Slot).text = true;
      return textEquality(i, key, r, this.code(literal), literal, op);
    }
    if (isDateText(literal) && (op === '<' || op === '<=' || op === '>' || op === '>=')) {
      (this.slots[i] as Slot).date = true;
      return dateComparison(i, key, r, op as Order, literal);
    }
    return undefined;
  }
}

/** `years_between [{var: date}, {as_of: []}]`: the date variable. */
function ageOf(rule: JsonLogic): string | undefined {
  if (typeof rule !== 'object' || rule === null || Array.isArray(rule) || !Array.isArray(rule.years_between)) return undefined;
  const [from, to] = rule.years_between;
  const isAsOf = typeof to === 'object' && to !== null && !Array.isArray(to) && Array.isArray(to.as_of) && to.as_of.length === 0;
  return rule.years_between.length === 2 && isAsOf ? plainVarKey(from as JsonLogic) : undefined;
}

function fallback(rule: JsonLogic, r: number): FrameNode {
  const compiled = compile(rule);
  // The options passed down are made once and refreshed per call: an object and a closure per
  // call cost more than the rule when it is small.
  let report: (variable: string, rule: number) => void = () => {};
  const reporting = { kleene: true, asOf: '', onMissing: (v: string) => report(v, r) };
  return (f, o) => {
    if (!o.onMissing) return answerOf(compiled(f.profile, o as { kleene: boolean; asOf: string }));
    report = o.onMissing;
    reporting.kleene = o.kleene;
    reporting.asOf = o.asOf;
    return answerOf(compiled(f.profile, reporting));
  };
}

/** Kleene mode at the profile's top level: an absent variable is unknown, and reported. */
function absent(key: string, r: number, o: CatalogueOptions): number {
  o.onMissing?.(key, r);
  return UNKNOWN_ANSWER;
}

function junction(parts: FrameNode[], any: boolean): FrameNode {
  if (parts.length === 2) {
    // The most common junction, without the loop.
    const [a, b] = parts as [FrameNode, FrameNode];
    return any
      ? (f, o) => { const x = a(f, o); if (x === MET) return MET; const y = b(f, o); return y > x ? y : x; }
      : (f, o) => { const x = a(f, o); if (x === NOT_MET) return NOT_MET; const y = b(f, o); return y < x ? y : x; };
  }
  return any
    ? (f, o) => {
      let best = NOT_MET;
      for (let k = 0; k < parts.length; k++) {
        const a = (parts[k] as FrameNode)(f, o);
        if (a === MET) return MET;
        if (a > best) best = a;
      }
      return best;
    }
    : (f, o) => {
      let worst = MET;
      for (let k = 0; k < parts.length; k++) {
        const a = (parts[k] as FrameNode)(f, o);
        if (a === NOT_MET) return NOT_MET;
        if (a < worst) worst = a;
      }
      return worst;
    };
}

function negation(part: FrameNode): FrameNode {
  return (f, o) => MET - part(f, o);
}

function truthiness(i: number, key: string, r: number, op: string): FrameNode {
  const ifAbsent = op === '!' ? MET : NOT_MET;
  const [yes, no] = op === '!' ? [NOT_MET, MET] : [MET, NOT_MET];
  return (f, o) => {
    const t = f.truths[i] as number;
    if (t === ABSENT_VALUE) return o.kleene ? absent(key, r, o) : ifAbsent;
    return t === TRUE_VALUE ? yes : no;
  };
}

function textEquality(i: number, key: string, r: number, code: number, literal: string, op: string): FrameNode {
  const equal = op === '==' || op === '===';
  // Another type than text: JsonLogic's loose or strict comparison as written.
  const other = (v: unknown) => ((op === '==' ? v == literal : op === '!=' ? v != literal : !equal) ? MET : NOT_MET);
  return equal
    ? (f, o) => {
      const id = f.ids[i] as number;
      if (id >= OTHER_TEXT) return id === code ? MET : NOT_MET;
      if (id === ABSENT) return o.kleene ? absent(key, r, o) : NOT_MET;
      return other(f.values[i]);
    }
    : (f, o) => {
      const id = f.ids[i] as number;
      if (id >= OTHER_TEXT) return id !== code ? MET : NOT_MET;
      if (id === ABSENT) return o.kleene ? absent(key, r, o) : MET;
      return other(f.values[i]);
    };
}

function inList(i: number, key: string, r: number, lookup: () => Uint8Array): FrameNode {
  let table: Uint8Array | undefined;
  return (f, o) => {
    const id = f.ids[i] as number;
    if (id >= 0) return (table ??= lookup())[id] === 1 ? MET : NOT_MET;
    if (id === ABSENT) return o.kleene ? absent(key, r, o) : NOT_MET;
    return NOT_MET; // not one of the literal texts
  };
}

function intersectsList(i: number, key: string, r: number, lookup: () => Uint8Array): FrameNode {
  let table: Uint8Array | undefined;
  return (f, o) => {
    const n = f.lengths[i] as number; // -1 when the value is no list
    if (n > 0) {
      table ??= lookup();
      const items = f.items[i] as Int32Array;
      for (let k = 0; k < n; k++) if (table[items[k] as number] === 1) return MET;
      return NOT_MET;
    }
    if (f.ids[i] === ABSENT) return o.kleene ? absent(key, r, o) : NOT_MET;
    return NOT_MET;
  };
}

type Order = '<' | '<=' | '>' | '>=';

function order(op: Order, a: unknown, b: unknown): number {
  const x = a as number;
  const y = b as number;
  return (op === '<' ? x < y : op === '<=' ? x <= y : op === '>' ? x > y : x >= y) ? MET : NOT_MET;
}

/**
 * Dates as YYYYMMDD integers, so every order is `n < bound` or `n >= bound` (`<= l` is `< l + 1`),
 * one closure for each.
 */
function dateComparison(i: number, key: string, r: number, op: Order, literal: string): FrameNode {
  const l = dateNumber(literal);
  const below = op === '<' || op === '<=';
  const bound = op === '<=' || op === '>' ? l + 1 : l;
  const ifAbsent = order(op, null, literal);
  const slow = (f: Frame, o: CatalogueOptions) => {
    const v = f.values[i];
    if (v === undefined || v === null) return o.kleene ? absent(key, r, o) : ifAbsent;
    return order(op, v, literal); // not a YYYY-MM-DD text: compared as written
  };
  return below
    ? (f, o) => { const n = f.dates[i] as number; return n === n ? (n < bound ? MET : NOT_MET) : slow(f, o); }
    : (f, o) => { const n = f.dates[i] as number; return n === n ? (n >= bound ? MET : NOT_MET) : slow(f, o); };
}

/** Ages are whole numbers (or null for what is no date), compared as written. */
function ageComparison(i: number, key: string, r: number, op: Order, literal: number): FrameNode {
  const below = op === '<' || op === '<=';
  const bound = op === '<=' || op === '>' ? literal + (Number.isInteger(literal) ? 1 : 0) : literal;
  const slow = (f: Frame, o: CatalogueOptions) => {
    const v = f.values[i];
    if ((v === undefined || v === null) && o.kleene) return absent(key, r, o);
    return order(op, f.ages[i], literal);
  };
  if (!Number.isInteger(literal)) return slow;
  return below
    ? (f, o) => { const a = f.ages[i]; return typeof a === 'number' ? (a < bound ? MET : NOT_MET) : slow(f, o); }
    : (f, o) => { const a = f.ages[i]; return typeof a === 'number' ? (a >= bound ? MET : NOT_MET) : slow(f, o); };
}

/** `some`/`all`/`none` over a list variable; the condition reads each item, never unknown. */
function iteration(op: 'some' | 'all' | 'none', i: number, key: string, r: number, condition: CompiledRule): FrameNode {
  const empty = op === 'none' ? MET : NOT_MET; // also the answer when the value is no list
  return (f, o) => {
    const list = f.values[i];
    if (list === undefined || list === null) {
      if (o.kleene) return absent(key, r, o);
      return empty;
    }
    if (!Array.isArray(list) || list.length === 0) return empty;
    const item = o as unknown as EvaluateOptions; // an item condition never reports a missing variable
    if (op === 'all') {
      for (let k = 0; k < list.length; k++) if (!truthy(condition(list[k], item))) return NOT_MET;
      return MET;
    }
    for (let k = 0; k < list.length; k++) if (truthy(condition(list[k], item))) return op === 'some' ? MET : NOT_MET;
    return op === 'some' ? NOT_MET : MET;
  };
}

/** `in` of a variable in a list (or text) variable. */
function inListVariable(i: number, key: string, j: number, listKey: string, r: number): FrameNode {
  const contains = STANDARD_OPERATIONS.in as (args: unknown[]) => unknown;
  return (f, o) => {
    const a = f.values[i];
    const b = f.values[j];
    if (o.kleene && (a === undefined || a === null || b === undefined || b === null)) {
      if (a === undefined || a === null) absent(key, r, o);
      if (b === undefined || b === null) absent(listKey, r, o);
      return UNKNOWN_ANSWER;
    }
    return contains([a === undefined ? null : a, b === undefined ? null : b]) ? MET : NOT_MET;
  };
}
