import type { JsonLogic } from '../domain/index.js';
import type { EvaluateOptions } from './evaluate.js';
import { truthy } from './truthy.js';
import { UNKNOWN } from './unknown.js';

/** A compiled node: evaluates against the current data (the profile, or a list item). */
export type Node = (data: unknown, o: EvaluateOptions) => unknown;

/*
 * Fused nodes for the shapes nearly every criterion is made of: one variable read by a plain key,
 * tested against a literal (`{"==": [{"var": "current_country"}, "PE"]}`,
 * `{"intersects": [{"var": "nationalities"}, ["VE"]]}`, `{"!": {"var": "has_criminal_record"}}`).
 * The generic closures take three calls and a containsUnknown scan for these; a fused node reads
 * the variable and tests it in one closure. Each operator gets its own closure literal on purpose:
 * a shared closure calling a per-operator function would make that call site megamorphic and
 * uninlinable, which the rules benchmark (bench/rules-interpreter.ts) measures as the difference
 * between missing and meeting its goal. `ifAbsent` is the standard-mode answer when the variable
 * is absent (it reads as null), computed once at compile time.
 */

/** The key of `{"var": "x"}` / `{"var": ["x"]}` when it is a single plain key without default. */
export function plainVarKey(rule: JsonLogic): string | undefined {
  if (typeof rule !== 'object' || rule === null || Array.isArray(rule)) return undefined;
  const keys = Object.keys(rule);
  if (keys.length !== 1 || keys[0] !== 'var') return undefined;
  const raw = rule.var as JsonLogic;
  const path = Array.isArray(raw) ? (raw.length === 1 ? raw[0] : undefined) : raw;
  if (typeof path !== 'string' && typeof path !== 'number') return undefined;
  const key = String(path);
  return key === '' || key.includes('.') ? undefined : key;
}

/** A root variable that is absent in Kleene mode: report it and answer unknown. */
function absent(key: string, o: EvaluateOptions): typeof UNKNOWN {
  o.onMissing?.(key);
  return UNKNOWN;
}

const read = (data: unknown, key: string): unknown =>
  data === null || data === undefined ? undefined : (data as Record<string, unknown>)[key];

/** `{"var": key}` alone: its value, null when absent (unknown at the root in Kleene mode). */
export function varNode(key: string, root: boolean): Node {
  return (data, o) => {
    const v = read(data, key);
    if (v === undefined || v === null) return root && o.kleene ? absent(key, o) : null;
    return v;
  };
}

/** `!`/`!!` of a variable. */
export function truthinessNode(key: string, root: boolean, negate: boolean): Node {
  return negate
    ? (data, o) => {
      const v = read(data, key);
      if (v === undefined || v === null) return root && o.kleene ? absent(key, o) : true;
      return !truthy(v);
    }
    : (data, o) => {
      const v = read(data, key);
      if (v === undefined || v === null) return root && o.kleene ? absent(key, o) : false;
      return truthy(v);
    };
}

/** `in` with a literal list (JSON has no NaN, so Set membership equals indexOf here). */
export function inSetNode(key: string, root: boolean, set: ReadonlySet<unknown>): Node {
  const ifAbsent = set.has(null);
  return (data, o) => {
    const v = read(data, key);
    if (v === undefined || v === null) return root && o.kleene ? absent(key, o) : ifAbsent;
    return set.has(v);
  };
}

/** `intersects` of a list variable with a literal list. */
export function intersectsSetNode(key: string, root: boolean, set: ReadonlySet<unknown>): Node {
  return (data, o) => {
    const v = read(data, key);
    if (v === undefined || v === null) return root && o.kleene ? absent(key, o) : false;
    if (!Array.isArray(v)) return false;
    for (let i = 0; i < v.length; i++) if (set.has(v[i])) return true;
    return false;
  };
}

/** Mirror image of each comparison, so `literal op var` becomes `var op' literal`. */
export const FLIPPED: Record<string, string> = { '==': '==', '===': '===', '!=': '!=', '!==': '!==', '<': '>', '<=': '>=', '>': '<', '>=': '<=' };

/** `var op literal` for the binary comparisons; undefined for any other operator. */
export function compareNode(op: string, key: string, root: boolean, literal: unknown): Node | undefined {
  const l = literal as number;
  switch (op) {
    case '==': {
      const ifAbsent = null == literal;
      return (data, o) => {
        const v = read(data, key);
        if (v === undefined || v === null) return root && o.kleene ? absent(key, o) : ifAbsent;
        return v == literal;
      };
    }
    case '===': {
      const ifAbsent = null === literal;
      return (data, o) => {
        const v = read(data, key);
        if (v === undefined || v === null) return root && o.kleene ? absent(key, o) : ifAbsent;
        return v === literal;
      };
    }
    case '!=': {
      const ifAbsent = null != literal;
      return (data, o) => {
        const v = read(data, key);
        if (v === undefined || v === null) return root && o.kleene ? absent(key, o) : ifAbsent;
        return v != literal;
      };
    }
    case '!==': {
      const ifAbsent = null !== literal;
      return (data, o) => {
        const v = read(data, key);
        if (v === undefined || v === null) return root && o.kleene ? absent(key, o) : ifAbsent;
        return v !== literal;
      };
    }
    case '<': {
      const ifAbsent = (null as unknown as number) < l;
      return (data, o) => {
        const v = read(data, key);
        if (v === undefined || v === null) return root && o.kleene ? absent(key, o) : ifAbsent;
        return (v as number) < l;
      };
    }
    case '<=': {
      const ifAbsent = (null as unknown as number) <= l;
      return (data, o) => {
        const v = read(data, key);
        if (v === undefined || v === null) return root && o.kleene ? absent(key, o) : ifAbsent;
        return (v as number) <= l;
      };
    }
    case '>': {
      const ifAbsent = (null as unknown as number) > l;
      return (data, o) => {
        const v = read(data, key);
        if (v === undefined || v === null) return root && o.kleene ? absent(key, o) : ifAbsent;
        return (v as number) > l;
      };
    }
    case '>=': {
      const ifAbsent = (null as unknown as number) >= l;
      return (data, o) => {
        const v = read(data, key);
        if (v === undefined || v === null) return root && o.kleene ? absent(key, o) : ifAbsent;
        return (v as number) >= l;
      };
    }
    default:
      return undefined;
  }
}
