import { truthy } from './truthy.js';

/** An operation over already-evaluated arguments. `this`-free so it can be compiled later. */
export type Operation = (args: unknown[], context: OperationContext) => unknown;

export interface OperationContext {
  /** The evaluation date, YYYY-MM-DD. */
  asOf: string;
}

const num = (v: unknown): number => parseFloat(v as string);

/** The standard JsonLogic value operations (jsonlogic.com/operations.html). */
export const STANDARD_OPERATIONS: Record<string, Operation> = {
  // JsonLogic's == and != are defined as JavaScript's loose equality.
  '==': ([a, b]) => a == b,
  '===': ([a, b]) => a === b,
  '!=': ([a, b]) => a != b,
  '!==': ([a, b]) => a !== b,
  '>': ([a, b]) => (a as number) > (b as number),
  '>=': ([a, b]) => (a as number) >= (b as number),
  '<': ([a, b, c]) => (c === undefined ? (a as number) < (b as number) : (a as number) < (b as number) && (b as number) < (c as number)),
  '<=': ([a, b, c]) => (c === undefined ? (a as number) <= (b as number) : (a as number) <= (b as number) && (b as number) <= (c as number)),
  '!!': ([a]) => truthy(a),
  '!': ([a]) => !truthy(a),
  '%': ([a, b]) => (a as number) % (b as number),
  // `log` returns its argument; the pure core never writes to a console.
  log: ([a]) => a,
  in: ([a, b]) => {
    if (typeof b === 'string') return b.indexOf(a as string) !== -1;
    return Array.isArray(b) ? b.indexOf(a) !== -1 : false;
  },
  cat: (args) => args.reduce<string>((acc, v) => acc + String(v), ''),
  substr: ([source, start, end]) => {
    const s = String(source);
    const from = start as number;
    if ((end as number) < 0) {
      const rest = s.substr(from);
      return rest.substr(0, rest.length + (end as number));
    }
    return s.substr(from, end as number | undefined);
  },
  '+': (args) => args.reduce<number>((acc, v) => acc + num(v), 0),
  '*': (args) => (args.length === 0 ? undefined : args.slice(1).reduce<number>((acc, v) => num(acc) * num(v), args[0] as number)),
  '-': ([a, b]) => (b === undefined ? -(a as number) : (a as number) - (b as number)),
  '/': ([a, b]) => (a as number) / (b as number),
  min: (args) => Math.min(...(args as number[])),
  max: (args) => Math.max(...(args as number[])),
  merge: (args) => args.reduce<unknown[]>((acc, v) => acc.concat(v), []),
};

/** Whole years from `from` to `to` (both YYYY-MM-DD): a person's age on a date. */
export function yearsBetween(from: string, to: string): number | null {
  if (typeof from !== 'string' || typeof to !== 'string' || from.length < 10 || to.length < 10) return null;
  // Ages are computed for every profile × age criterion; well-formed dates are read digit by
  // digit without allocating (the split below costs ~20× more in bench/rules-interpreter.ts).
  if (isIsoDate(from) && isIsoDate(to)) {
    const fm = digits(from, 5, 7);
    const tm = digits(to, 5, 7);
    return digits(to, 0, 4) - digits(from, 0, 4) - (tm < fm || (tm === fm && digits(to, 8, 10) < digits(from, 8, 10)) ? 1 : 0);
  }
  const [fy, fm, fd] = from.slice(0, 10).split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.slice(0, 10).split('-').map(Number) as [number, number, number];
  const years = ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0);
  return Number.isNaN(years) ? null : years;
}

const isDigit = (s: string, i: number) => { const c = s.charCodeAt(i); return c >= 48 && c <= 57; };

/** `YYYY-MM-DD` at the start of the text (what follows is ignored, as above). */
function isIsoDate(s: string): boolean {
  return isDigit(s, 0) && isDigit(s, 1) && isDigit(s, 2) && isDigit(s, 3) && s.charCodeAt(4) === 45
    && isDigit(s, 5) && isDigit(s, 6) && s.charCodeAt(7) === 45 && isDigit(s, 8) && isDigit(s, 9);
}

function digits(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + s.charCodeAt(i) - 48;
  return n;
}

/**
 * Vías's documented extensions (docs/rules.md). None changes a standard operation.
 * - `as_of`: the evaluation date;
 * - `years_between [from, to]`: whole years between two ISO dates (age on a date);
 * - `intersects [a, b]`: true when two lists share an element (nationality lists).
 */
export const DOMAIN_OPERATIONS: Record<string, Operation> = {
  as_of: (_args, context) => context.asOf,
  years_between: ([from, to]) => yearsBetween(from as string, to as string),
  intersects: ([a, b]) => Array.isArray(a) && Array.isArray(b) && a.some((x) => b.includes(x)),
};

/** Operations that decide which arguments to evaluate (handled by the evaluator itself). */
export const CONTROL_OPERATIONS = ['if', '?:', 'and', 'or', 'filter', 'map', 'reduce', 'all', 'none', 'some', 'var', 'missing', 'missing_some'] as const;

const KNOWN = new Set<string>([...Object.keys(STANDARD_OPERATIONS), ...Object.keys(DOMAIN_OPERATIONS), ...CONTROL_OPERATIONS]);

/** True for every operation a catalogue rule may use. */
export function isKnownOperation(op: string): boolean {
  return KNOWN.has(op);
}

export function knownOperations(): string[] {
  return [...KNOWN].sort();
}
