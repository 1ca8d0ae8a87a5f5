import type { JsonLogic } from '../domain/index.js';
import { DOMAIN_OPERATIONS, STANDARD_OPERATIONS, type OperationContext } from './operations.js';
import { truthy } from './truthy.js';
import { containsUnknown, isUnknown, UNKNOWN } from './unknown.js';

export interface EvaluateOptions {
  /**
   * Kleene mode: a profile variable that is absent (or null) is UNKNOWN instead of null, and
   * UNKNOWN propagates: `and` is false as soon as one operand is false, `or` true as soon as one
   * is true, and everything else that depends on an unknown is unknown.
   */
  kleene: boolean;
  /** The evaluation date for `as_of` and ages, YYYY-MM-DD. */
  asOf: string;
  /** Receives the id of every profile variable found missing (Kleene mode). */
  onMissing?: ((variable: string) => void) | undefined;
}

interface Scope {
  data: unknown;
  /** True for the profile itself; false inside map/filter/reduce/all/none/some. */
  root: boolean;
}

export class UnknownOperationError extends Error {
  constructor(readonly operation: string) {
    super(`Unrecognized operation ${operation}`);
  }
}

function isLogic(rule: unknown): rule is Record<string, JsonLogic> {
  return typeof rule === 'object' && rule !== null && !Array.isArray(rule) && Object.keys(rule).length === 1;
}

/** Evaluates a JsonLogic rule. Returns UNKNOWN (Kleene mode only) when the answer is undecided. */
export function evaluate(rule: JsonLogic, data: unknown, options: EvaluateOptions): unknown {
  return run(rule, { data, root: true }, options);
}

function run(rule: JsonLogic, scope: Scope, o: EvaluateOptions): unknown {
  if (Array.isArray(rule)) return rule.map((r) => run(r, scope, o));
  if (!isLogic(rule)) return rule;
  const op = Object.keys(rule)[0] as string;
  const raw = rule[op] as JsonLogic;
  const args: JsonLogic[] = Array.isArray(raw) ? raw : [raw];
  switch (op) {
    case 'if':
    case '?:':
      return runIf(args, 0, scope, o);
    case 'and':
      return runJunction(args, scope, o, false);
    case 'or':
      return runJunction(args, scope, o, true);
    case 'filter':
    case 'map':
    case 'all':
    case 'none':
    case 'some':
      return runIteration(op, args, scope, o);
    case 'reduce':
      return runReduce(args, scope, o);
    case 'var':
      return runVar(args.map((a) => run(a, scope, o)), scope, o);
    case 'missing':
      return runMissing(args.map((a) => run(a, scope, o)), scope, o);
    case 'missing_some': {
      const [needCount, options] = args.map((a) => run(a, scope, o)) as [number, unknown[]];
      const absent = runMissing([options], scope, o);
      return options.length - absent.length >= needCount ? [] : absent;
    }
  }
  const fn = STANDARD_OPERATIONS[op] ?? DOMAIN_OPERATIONS[op];
  if (!fn) throw new UnknownOperationError(op);
  const values = args.map((a) => run(a, scope, o));
  if (o.kleene && values.some(containsUnknown)) return UNKNOWN;
  return fn(values, o as OperationContext);
}

function runIf(args: JsonLogic[], from: number, scope: Scope, o: EvaluateOptions): unknown {
  for (let i = from; i < args.length - 1; i += 2) {
    const condition = run(args[i] as JsonLogic, scope, o);
    if (isUnknown(condition)) {
      // Either branch may be taken: the answer is known only if both give the same value.
      const taken = run(args[i + 1] as JsonLogic, scope, o);
      const skipped = runIf(args, i + 2, scope, o);
      return taken === skipped ? taken : UNKNOWN;
    }
    if (truthy(condition)) return run(args[i + 1] as JsonLogic, scope, o);
  }
  if (args.length % 2 === 1 && args.length - 1 >= from) return run(args[args.length - 1] as JsonLogic, scope, o);
  return null;
}

/**
 * `and` (decisive = false) and `or` (decisive = true) in Kleene logic: the first operand whose
 * truthiness is decisive settles the answer whatever the unknowns; otherwise any unknown makes
 * the whole unknown; otherwise, as in standard JsonLogic, the last operand.
 */
function runJunction(args: JsonLogic[], scope: Scope, o: EvaluateOptions, decisive: boolean): unknown {
  let current: unknown;
  let undecided = false;
  for (const arg of args) {
    current = run(arg, scope, o);
    if (isUnknown(current)) undecided = true;
    else if (truthy(current) === decisive) return current;
  }
  return undecided ? UNKNOWN : current;
}

function runIteration(op: string, args: JsonLogic[], scope: Scope, o: EvaluateOptions): unknown {
  const list = run(args[0] as JsonLogic, scope, o);
  if (isUnknown(list)) return UNKNOWN;
  const logic = args[1] as JsonLogic;
  if (!Array.isArray(list)) {
    if (op === 'all') return false; // json-logic-js: `!scopedData.length`
    if (op === 'none') return true;
    return op === 'some' ? false : [];
  }
  const results = list.map((item) => run(logic, { data: item, root: false }, o));
  switch (op) {
    case 'map':
      return results.some(isUnknown) ? UNKNOWN : results;
    case 'filter':
      return results.some(isUnknown) ? UNKNOWN : list.filter((_, i) => truthy(results[i]));
    case 'all':
      if (list.length === 0) return false;
      if (results.some((r) => !isUnknown(r) && !truthy(r))) return false;
      return results.some(isUnknown) ? UNKNOWN : true;
    case 'some':
      if (results.some((r) => !isUnknown(r) && truthy(r))) return true;
      return results.some(isUnknown) ? UNKNOWN : false;
    default: // none
      if (results.some((r) => !isUnknown(r) && truthy(r))) return false;
      return results.some(isUnknown) ? UNKNOWN : true;
  }
}

function runReduce(args: JsonLogic[], scope: Scope, o: EvaluateOptions): unknown {
  const list = run(args[0] as JsonLogic, scope, o);
  const initial = args[2] === undefined ? null : run(args[2], scope, o);
  if (isUnknown(list) || isUnknown(initial)) return UNKNOWN;
  if (!Array.isArray(list)) return initial;
  let accumulator = initial;
  for (const current of list) {
    accumulator = run(args[1] as JsonLogic, { data: { current, accumulator }, root: false }, o);
    if (isUnknown(accumulator)) return UNKNOWN;
  }
  return accumulator;
}

function lookup(data: unknown, path: unknown): unknown {
  if (path === undefined || path === null || path === '') return data;
  let value = data;
  for (const key of String(path).split('.')) {
    if (value === null || value === undefined) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function runVar([path, fallback]: unknown[], scope: Scope, o: EvaluateOptions): unknown {
  if (isUnknown(path) || isUnknown(fallback)) return UNKNOWN;
  const value = lookup(scope.data, path);
  if (o.kleene && scope.root && (value === undefined || value === null) && fallback === undefined) {
    o.onMissing?.(String(path).split('.')[0] as string);
    return UNKNOWN;
  }
  if (value === undefined) return fallback === undefined ? null : fallback;
  return value;
}

function runMissing(args: unknown[], scope: Scope, o: EvaluateOptions): unknown[] {
  const keys = Array.isArray(args[0]) ? (args[0] as unknown[]) : args;
  return keys.filter((key) => {
    const value = lookup(scope.data, key);
    const absent = value === undefined || value === null || value === '';
    if (absent && o.kleene && scope.root) o.onMissing?.(String(key).split('.')[0] as string);
    return absent;
  });
}
