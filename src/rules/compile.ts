import type { JsonLogic } from '../domain/index.js';
import { UnknownOperationError, type EvaluateOptions } from './evaluate.js';
import { DOMAIN_OPERATIONS, STANDARD_OPERATIONS, type OperationContext } from './operations.js';
import { truthy } from './truthy.js';
import { containsUnknown, isUnknown, UNKNOWN } from './unknown.js';

interface Scope {
  data: unknown;
  root: boolean;
}

type Node = (scope: Scope, o: EvaluateOptions) => unknown;

/** A rule compiled once into nested closures; call it for each profile. */
export type CompiledRule = (data: unknown, options: EvaluateOptions) => unknown;

/**
 * Compiles a JsonLogic rule into JavaScript closures with exactly the semantics of `evaluate`
 * (standard or three-valued), without `eval` or `new Function`, so it runs under a strict
 * Content-Security-Policy. Literal lists in `in` and `intersects` become Sets. Throws
 * UnknownOperationError for an operation that does not exist, at compile time.
 *
 * @example const eligible = compile({ '<=': [{ var: 'entry_date' }, '2021-01-31'] });
 *          eligible({ entry_date: '2020-05-01' }, { kleene: true, asOf: '2021-06-01' }) // true
 */
export function compile(rule: JsonLogic): CompiledRule {
  const node = build(rule);
  return (data, options) => node({ data, root: true }, options);
}

const isLogic = (rule: unknown): rule is Record<string, JsonLogic> =>
  typeof rule === 'object' && rule !== null && !Array.isArray(rule) && Object.keys(rule).length === 1;

/** A literal (no operation anywhere inside). */
const isLiteral = (rule: JsonLogic): boolean => (Array.isArray(rule) ? rule.every(isLiteral) : !isLogic(rule));

function build(rule: JsonLogic): Node {
  if (Array.isArray(rule)) {
    if (isLiteral(rule)) return () => rule.slice();
    const items = rule.map(build);
    return (s, o) => items.map((n) => n(s, o));
  }
  if (!isLogic(rule)) return () => rule;
  const op = Object.keys(rule)[0] as string;
  const raw = rule[op] as JsonLogic;
  const args: JsonLogic[] = Array.isArray(raw) ? raw : [raw];
  switch (op) {
    case 'if':
    case '?:':
      return buildIf(args.map(build));
    case 'and':
      return buildJunction(args.map(build), false);
    case 'or':
      return buildJunction(args.map(build), true);
    case 'filter':
    case 'map':
    case 'all':
    case 'none':
    case 'some':
      return buildIteration(op, build(args[0] as JsonLogic), build((args[1] ?? null) as JsonLogic));
    case 'reduce':
      return buildReduce(build(args[0] as JsonLogic), build((args[1] ?? null) as JsonLogic), args[2] === undefined ? null : build(args[2]));
    case 'var':
      return buildVar(args);
    case 'missing': {
      const parts = args.map(build);
      return (s, o) => missing(parts.map((n) => n(s, o)), s, o);
    }
    case 'missing_some': {
      const parts = args.map(build);
      return (s, o) => {
        const [need, options] = parts.map((n) => n(s, o)) as [number, unknown[]];
        const absent = missing([options], s, o);
        return options.length - absent.length >= need ? [] : absent;
      };
    }
  }
  return buildOperation(op, args);
}

function buildOperation(op: string, args: JsonLogic[]): Node {
  const fn = STANDARD_OPERATIONS[op] ?? DOMAIN_OPERATIONS[op];
  if (!fn) throw new UnknownOperationError(op);
  // A literal list on the right of `in`/`intersects` is looked up in a Set (JSON has no NaN, so
  // Set semantics equal indexOf's here).
  const list = args[1];
  if ((op === 'in' || op === 'intersects') && Array.isArray(list) && isLiteral(list)) {
    const set = new Set<unknown>(list);
    const left = build(args[0] as JsonLogic);
    return op === 'in'
      ? (s, o) => { const a = left(s, o); return o.kleene && containsUnknown(a) ? UNKNOWN : set.has(a); }
      : (s, o) => {
        const a = left(s, o);
        if (o.kleene && containsUnknown(a)) return UNKNOWN;
        if (!Array.isArray(a)) return false;
        for (const x of a) if (set.has(x)) return true;
        return false;
      };
  }
  const parts = args.map(build);
  // The shapes nearly every criterion uses, without allocating an argument list per call.
  if (parts.length === 1 && (op === '!' || op === '!!')) {
    const [a] = parts as [Node];
    const negate = op === '!';
    return (s, o) => {
      const v = a(s, o);
      if (o.kleene && containsUnknown(v)) return UNKNOWN;
      return truthy(v) !== negate;
    };
  }
  const compare = BINARY[op];
  if (parts.length === 2 && compare) {
    const [a, b] = parts as [Node, Node];
    return (s, o) => {
      const x = a(s, o);
      const y = b(s, o);
      if (o.kleene && (containsUnknown(x) || containsUnknown(y))) return UNKNOWN;
      return compare(x, y);
    };
  }
  return (s, o) => {
    const values = parts.map((n) => n(s, o));
    if (o.kleene && values.some(containsUnknown)) return UNKNOWN;
    return fn(values, o as OperationContext);
  };
}

// JsonLogic's == and != are JavaScript's loose equality.
const BINARY: Record<string, (a: unknown, b: unknown) => boolean> = {
  '==': (a, b) => a == b,
  '===': (a, b) => a === b,
  '!=': (a, b) => a != b,
  '!==': (a, b) => a !== b,
  '<': (a, b) => (a as number) < (b as number),
  '<=': (a, b) => (a as number) <= (b as number),
  '>': (a, b) => (a as number) > (b as number),
  '>=': (a, b) => (a as number) >= (b as number),
};

function buildIf(parts: Node[]): Node {
  const from = (i: number): Node => {
    if (i >= parts.length) return () => null;
    if (i === parts.length - 1) return parts[i] as Node;
    const condition = parts[i] as Node;
    const taken = parts[i + 1] as Node;
    const rest = from(i + 2);
    return (s, o) => {
      const c = condition(s, o);
      if (isUnknown(c)) {
        const a = taken(s, o);
        return a === rest(s, o) ? a : UNKNOWN;
      }
      return truthy(c) ? taken(s, o) : rest(s, o);
    };
  };
  return from(0);
}

function buildJunction(parts: Node[], decisive: boolean): Node {
  return (s, o) => {
    let current: unknown;
    let undecided = false;
    for (const part of parts) {
      current = part(s, o);
      if (isUnknown(current)) undecided = true;
      else if (truthy(current) === decisive) return current;
    }
    return undecided ? UNKNOWN : current;
  };
}

function buildIteration(op: string, listNode: Node, logic: Node): Node {
  return (s, o) => {
    const list = listNode(s, o);
    if (isUnknown(list)) return UNKNOWN;
    if (!Array.isArray(list)) return op === 'none' ? true : op === 'all' || op === 'some' ? false : [];
    const results = list.map((item) => logic({ data: item, root: false }, o));
    const anyUnknown = results.some(isUnknown);
    switch (op) {
      case 'map':
        return anyUnknown ? UNKNOWN : results;
      case 'filter':
        return anyUnknown ? UNKNOWN : list.filter((_, i) => truthy(results[i]));
      case 'all':
        if (list.length === 0 || results.some((r) => !isUnknown(r) && !truthy(r))) return false;
        return anyUnknown ? UNKNOWN : true;
      case 'some':
        if (results.some((r) => !isUnknown(r) && truthy(r))) return true;
        return anyUnknown ? UNKNOWN : false;
      default:
        if (results.some((r) => !isUnknown(r) && truthy(r))) return false;
        return anyUnknown ? UNKNOWN : true;
    }
  };
}

function buildReduce(listNode: Node, logic: Node, initialNode: Node | null): Node {
  return (s, o) => {
    const list = listNode(s, o);
    const initial = initialNode ? initialNode(s, o) : null;
    if (isUnknown(list) || isUnknown(initial)) return UNKNOWN;
    if (!Array.isArray(list)) return initial;
    let accumulator = initial;
    for (const current of list) {
      accumulator = logic({ data: { current, accumulator }, root: false }, o);
      if (isUnknown(accumulator)) return UNKNOWN;
    }
    return accumulator;
  };
}

function lookup(data: unknown, keys: readonly string[]): unknown {
  let value = data;
  for (const key of keys) {
    if (value === null || value === undefined) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function resolveVar(path: unknown, fallback: unknown, s: Scope, o: EvaluateOptions, keys?: readonly string[]): unknown {
  const value = path === undefined || path === null || path === '' ? s.data : lookup(s.data, keys ?? String(path).split('.'));
  if (o.kleene && s.root && (value === undefined || value === null) && fallback === undefined) {
    o.onMissing?.(String(path).split('.')[0] as string);
    return UNKNOWN;
  }
  if (value === undefined) return fallback === undefined ? null : fallback;
  return value;
}

function buildVar(args: JsonLogic[]): Node {
  const [path, fallback] = args;
  if ((typeof path === 'string' || typeof path === 'number') && args.length === 1) {
    const keys = path === '' ? [] : String(path).split('.');
    if (keys.length === 1) {
      // The common case, a top-level profile variable, read without the general path walk.
      const key = keys[0] as string;
      return (s, o) => {
        const data = s.data;
        const value = data === null || data === undefined ? undefined : (data as Record<string, unknown>)[key];
        if (value === undefined || value === null) {
          if (o.kleene && s.root) {
            o.onMissing?.(key);
            return UNKNOWN;
          }
          return value === undefined ? null : value;
        }
        return value;
      };
    }
    return (s, o) => resolveVar(path, undefined, s, o, keys);
  }
  const pathNode = build((path ?? null) as JsonLogic);
  const fallbackNode = fallback === undefined ? null : build(fallback);
  return (s, o) => {
    const p = path === undefined ? undefined : pathNode(s, o);
    const f = fallbackNode ? fallbackNode(s, o) : undefined;
    if (isUnknown(p) || isUnknown(f)) return UNKNOWN;
    return resolveVar(p, f, s, o);
  };
}

function missing(args: unknown[], s: Scope, o: EvaluateOptions): unknown[] {
  const keys = Array.isArray(args[0]) ? (args[0] as unknown[]) : args;
  return keys.filter((key) => {
    const value = key === undefined || key === null || key === '' ? s.data : lookup(s.data, String(key).split('.'));
    const absent = value === undefined || value === null || value === '';
    if (absent && o.kleene && s.root) o.onMissing?.(String(key).split('.')[0] as string);
    return absent;
  });
}
