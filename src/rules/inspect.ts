import type { JsonLogic } from '../domain/index.js';
import { isKnownOperation, knownOperations } from './operations.js';

const ITERATIONS = new Set(['filter', 'map', 'all', 'none', 'some', 'reduce']);

/** A variable reference found in a rule: `path` as written, `item` true inside an iteration. */
export interface VariableUse {
  path: string;
  /** The list variable iterated over when the reference is to a list item's field. */
  itemOf: string | null;
}

export interface RuleProblem {
  /** Where in the rule, as a JSON path, e.g. `or[1].and[0]`. */
  at: string;
  message: string;
}

/**
 * Walks a rule without evaluating it: the variables it reads and any operation that does not
 * exist. Used to reject bad rules when the catalogue is loaded.
 */
export function inspectRule(rule: JsonLogic): { variables: VariableUse[]; problems: RuleProblem[] } {
  const variables: VariableUse[] = [];
  const problems: RuleProblem[] = [];
  const walk = (node: JsonLogic, at: string, itemOf: string | null): void => {
    if (Array.isArray(node)) {
      node.forEach((child, i) => walk(child, `${at}[${i}]`, itemOf));
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const keys = Object.keys(node);
    if (keys.length !== 1) {
      problems.push({ at, message: `an operation must be an object with exactly one key, found ${keys.length === 0 ? 'none' : keys.join(', ')}` });
      return;
    }
    const op = keys[0] as string;
    const raw = node[op] as JsonLogic;
    const args = Array.isArray(raw) ? raw : [raw];
    const here = at === '' ? op : `${at}.${op}`;
    if (!isKnownOperation(op)) {
      problems.push({ at: here, message: `unknown operation '${op}'; known operations: ${knownOperations().join(', ')}` });
      return;
    }
    if (op === 'var') {
      if (typeof args[0] === 'string' || typeof args[0] === 'number') variables.push({ path: String(args[0]), itemOf });
      else if (args[0] !== null && args[0] !== undefined) walk(args[0], `${here}[0]`, itemOf);
      return;
    }
    if (ITERATIONS.has(op)) {
      walk(args[0] as JsonLogic, `${here}[0]`, itemOf);
      const list = args[0] as { var?: unknown } | undefined;
      const listVar = typeof list === 'object' && list !== null && typeof list.var === 'string' ? list.var : '*';
      args.slice(1).forEach((a, i) => walk(a, `${here}[${i + 1}]`, op === 'reduce' && i === 1 ? itemOf : listVar));
      return;
    }
    if (op === 'missing' || op === 'missing_some') {
      const names = op === 'missing' ? (Array.isArray(args[0]) ? args[0] : args) : args[1];
      if (Array.isArray(names)) names.forEach((n) => typeof n === 'string' && variables.push({ path: n, itemOf }));
      return;
    }
    args.forEach((a, i) => walk(a, `${here}[${i}]`, itemOf));
  };
  walk(rule, '', null);
  return { variables, problems };
}
