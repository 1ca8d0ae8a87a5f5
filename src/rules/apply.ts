import type { JsonLogic } from '../domain/index.js';
import { evaluate } from './evaluate.js';

/**
 * Standard JsonLogic (jsonlogic.com): the semantics of the reference implementation, passing
 * the official test suite. Absent variables are null here; eligibility uses `evaluate3`.
 *
 * @example apply({ '<': [{ var: 'age' }, 18] }, { age: 12 }) // true
 */
export function apply(rule: JsonLogic, data?: unknown, asOf = '1970-01-01'): unknown {
  return evaluate(rule, data ?? null, { kleene: false, asOf });
}
