import type { JsonLogic } from '../domain/index.js';
import { compareNode, FLIPPED, inSetNode, intersectsSetNode, plainVarKey, truthinessNode, varNode, type Node } from './compile-leaf.js';
import { UnknownOperationError, type EvaluateOptions } from './evaluate.js';
import { DOMAIN_OPERATIONS, STANDARD_OPERATIONS, yearsBetween, type OperationContext } from './operations.js';
import { truthy } from './truthy.js';
import { containsUnknown, isUnknown, UNKNOWN } from './unknown.js';

/** A rule compiled once into nested closures; call it for each profile. */
export type CompiledRule = (data: unknown, options: EvaluateOptions) => unknown;

/**
 * Compiles a JsonLogic rule into JavaScript closures with exactly the semantics of `evaluate`
 * (standard or three-valued), without `eval` or `new Function`, so it runs under a strict
 * Content-Security-Policy. Literal lists in `in` and `intersects` become Sets, and the
 * variable-against-literal shapes most criteria are made of become single closures
 * (compile-leaf.ts). Whether a node reads the profile or a list item is known when compiling, so
 * no scope object is allocated per call. Throws UnknownOperationError for an operation that does
 * not exist, at compile time.
 *
 * @example const eligible = compile({ '<=': [{ var: 'entry_date' }, '2021-01-31'] });
 *          eligible({ entry_date: '2020-05-01' }, { kleene: true, asOf: '2021-06-01' }) // true
 */
export function compile(rule: JsonLogic): CompiledRule {
  return build(rule, true);
}

/**
 * Compiles the condition of `some`/`all`/`none` that runs on each list item: its variables read
 * the item, and nothing in it is unknown.
 */
export function compileItemCondition(rule: JsonLogic): CompiledRule {
  return build(rule, false);
}

const isLogic = (rule: unknown): rule is Record<string, JsonLogic> =>
  typeof rule === 'object' && rule !== null && !Array.isArray(rule) && Object.keys(rule).length === 1;

/** A literal (no operation anywhere inside). */
const isLiteral = (rule: JsonLogic): boolean => (Array.isArray(rule) ? rule.every(isLiteral) : !isLogic(rule));

function build(rule: JsonLogic, root: boolean): Node {
  if (Array.isArray(rule)) {
    if (isLiteral(rule)) return () => rule.slice();
    const items = rule.map((r) => build(r, root));
    return (d, o) => items.map((n) => n(d, o));
  }
  if (!isLogic(rule)) return () => rule;
  const op = Object.keys(rule)[0] as string;
  const raw = rule[op] as JsonLogic;
  const args: JsonLogic[] = Array.isArray(raw) ? raw : [raw];
  const sub = (r: JsonLogic) => build(r, root);
  switch (op) {
    case 'if':
    case '?:':
      return buildIf(args.map(sub));
    case 'and':
      return buildJunction(args.map(sub), false);
    case 'or':
      return buildJunction(args.map(sub), true);
    case 'filter':
    case 'map':
    case 'all':
    case 'none':
    case 'some':
      // The logic runs on each item: a scope that is not the profile, where nothing is unknown.
      return buildIteration(op, sub(args[0] as JsonLogic), build((args[1] ?? null) as JsonLogic, false));
    case 'reduce':
      return buildReduce(sub(args[0] as JsonLogic), build((args[1] ?? null) as JsonLogic, false), args[2] === undefined ? null : sub(args[2]));
    case 'var':
      return buildVar(args, root);
    case 'missing': {
      const parts = args.map(sub);
      return (d, o) => missing(parts.map((n) => n(d, o)), d, root, o);
    }
    case 'missing_some': {
      const parts = args.map(sub);
      return (d, o) => {
        const [need, options] = parts.map((n) => n(d, o)) as [number, unknown[]];
        const absent = missing([options], d, root, o);
        return options.length - absent.length >= need ? [] : absent;
      };
    }
  }
  return fused(op, args, root) ?? buildOperation(op, args, root);
}

const isPrimitive = (v: JsonLogic): boolean => v === null || typeof v !== 'object';

/** The one-closure nodes of compile-leaf.ts, when the rule has one of their shapes. */
function fused(op: string, args: JsonLogic[], root: boolean): Node | undefined {
  if (args.length === 1 && (op === '!' || op === '!!')) {
    const key = plainVarKey(args[0] as JsonLogic);
    return key === undefined ? undefined : truthinessNode(key, root, op === '!');
  }
  if (args.length !== 2) return undefined;
  const [a, b] = args as [JsonLogic, JsonLogic];
  const key = plainVarKey(a);
  if (key !== undefined && (op === 'in' || op === 'intersects') && Array.isArray(b) && isLiteral(b)) {
    return op === 'in' ? inSetNode(key, root, new Set(b)) : intersectsSetNode(key, root, new Set(b));
  }
  if (key !== undefined && isPrimitive(b)) return compareNode(op, key, root, b);
  const flipped = FLIPPED[op];
  const right = plainVarKey(b);
  if (right !== undefined && flipped && isPrimitive(a)) return compareNode(flipped, right, root, a);
  return undefined;
}

function buildOperation(op: string, args: JsonLogic[], root: boolean): Node {
  const fn = STANDARD_OPERATIONS[op] ?? DOMAIN_OPERATIONS[op];
  if (!fn) throw new UnknownOperationError(op);
  // A literal list on the right of `in`/`intersects` is looked up in a Set (JSON has no NaN, so
  // Set semantics equal indexOf's here).
  const list = args[1];
  if ((op === 'in' || op === 'intersects') && Array.isArray(list) && isLiteral(list)) {
    const set = new Set<unknown>(list);
    const left = build(args[0] as JsonLogic, root);
    return op === 'in'
      ? (d, o) => { const a = left(d, o); return o.kleene && containsUnknown(a) ? UNKNOWN : set.has(a); }
      : (d, o) => {
        const a = left(d, o);
        if (o.kleene && containsUnknown(a)) return UNKNOWN;
        if (!Array.isArray(a)) return false;
        for (const x of a) if (set.has(x)) return true;
        return false;
      };
  }
  const parts = args.map((r) => build(r, root));
  // The shapes nearly every criterion uses, without allocating an argument list per call.
  if (parts.length === 1 && (op === '!' || op === '!!')) {
    const [a] = parts as [Node];
    const negate = op === '!';
    return (d, o) => {
      const v = a(d, o);
      if (o.kleene && containsUnknown(v)) return UNKNOWN;
      return truthy(v) !== negate;
    };
  }
  if (op === 'as_of' && parts.length === 0) return (_d, o) => o.asOf;
  if (op === 'years_between' && parts.length === 2) {
    const [from, to] = parts as [Node, Node];
    return (d, o) => {
      const x = from(d, o);
      const y = to(d, o);
      if (o.kleene && (containsUnknown(x) || containsUnknown(y))) return UNKNOWN;
      return yearsBetween(x as string, y as string);
    };
  }
  const compare = BINARY[op];
  if (parts.length === 2 && compare) {
    const [a, b] = parts as [Node, Node];
    return (d, o) => {
      const x = a(d, o);
      const y = b(d, o);
      if (o.kleene && (containsUnknown(x) || containsUnknown(y))) return UNKNOWN;
      return compare(x, y);
    };
  }
  return (d, o) => {
    const values = parts.map((n) => n(d, o));
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
    return (d, o) => {
      const c = condition(d, o);
      if (isUnknown(c)) {
        const a = taken(d, o);
        return a === rest(d, o) ? a : UNKNOWN;
      }
      return truthy(c) ? taken(d, o) : rest(d, o);
    };
  };
  return from(0);
}

function buildJunction(parts: Node[], decisive: boolean): Node {
  return (d, o) => {
    let current: unknown;
    let undecided = false;
    for (const part of parts) {
      current = part(d, o);
      if (isUnknown(current)) undecided = true;
      else if (truthy(current) === decisive) return current;
    }
    return undecided ? UNKNOWN : current;
  };
}

function buildIteration(op: string, listNode: Node, logic: Node): Node {
  return (d, o) => {
    const list = listNode(d, o);
    if (isUnknown(list)) return UNKNOWN;
    if (!Array.isArray(list)) return op === 'none' ? true : op === 'all' || op === 'some' ? false : [];
    const results = list.map((item) => logic(item, o));
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
  return (d, o) => {
    const list = listNode(d, o);
    const initial = initialNode ? initialNode(d, o) : null;
    if (isUnknown(list) || isUnknown(initial)) return UNKNOWN;
    if (!Array.isArray(list)) return initial;
    let accumulator = initial;
    for (const current of list) {
      accumulator = logic({ current, accumulator }, o);
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

function resolveVar(path: unknown, fallback: unknown, data: unknown, root: boolean, o: EvaluateOptions, keys?: readonly string[]): unknown {
  const value = path === undefined || path === null || path === '' ? data : lookup(data, keys ?? String(path).split('.'));
  if (o.kleene && root && (value === undefined || value === null) && fallback === undefined) {
    o.onMissing?.(String(path).split('.')[0] as string);
    return UNKNOWN;
  }
  if (value === undefined) return fallback === undefined ? null : fallback;
  return value;
}

function buildVar(args: JsonLogic[], root: boolean): Node {
  const [path, fallback] = args;
  if ((typeof path === 'string' || typeof path === 'number') && args.length === 1) {
    const keys = path === '' ? [] : String(path).split('.');
    // The common case, a plain variable, read without the general path walk.
    if (keys.length === 1) return varNode(keys[0] as string, root);
    return (d, o) => resolveVar(path, undefined, d, root, o, keys);
  }
  const pathNode = build((path ?? null) as JsonLogic, root);
  const fallbackNode = fallback === undefined ? null : build(fallback, root);
  return (d, o) => {
    const p = path === undefined ? undefined : pathNode(d, o);
    const f = fallbackNode ? fallbackNode(d, o) : undefined;
    if (isUnknown(p) || isUnknown(f)) return UNKNOWN;
    return resolveVar(p, f, d, root, o);
  };
}

function missing(args: unknown[], data: unknown, root: boolean, o: EvaluateOptions): unknown[] {
  const keys = Array.isArray(args[0]) ? (args[0] as unknown[]) : args;
  return keys.filter((key) => {
    const value = key === undefined || key === null || key === '' ? data : lookup(data, String(key).split('.'));
    const absent = value === undefined || value === null || value === '';
    if (absent && o.kleene && root) o.onMissing?.(String(key).split('.')[0] as string);
    return absent;
  });
}

