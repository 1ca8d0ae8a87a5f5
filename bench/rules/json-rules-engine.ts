/**
 * The catalogue's typed rule language translated to json-rules-engine 7 conditions, so that the
 * same criteria run in it. json-rules-engine has no date comparisons (its lessThan & co. accept
 * numbers only), no list intersection and no quantifiers over lists, so these are custom
 * operators here, as its documentation recommends (`engine.addOperator`); ages are dynamic facts.
 * The translation covers exactly the shapes the catalogue uses and throws on anything else.
 */
import { Engine, type NestedCondition, type TopLevelCondition } from 'json-rules-engine';
import type { JsonLogic } from '../../src/domain/index.js';
import { truthy, yearsBetween } from '../../src/rules/index.js';

type Rule = Record<string, JsonLogic>;
const opOf = (rule: JsonLogic): [string, JsonLogic[]] => {
  const op = Object.keys(rule as Rule)[0] as string;
  const raw = (rule as Rule)[op] as JsonLogic;
  return [op, Array.isArray(raw) ? raw : [raw]];
};
const varOf = (rule: JsonLogic): string | undefined =>
  typeof rule === 'object' && rule !== null && !Array.isArray(rule) && typeof rule.var === 'string' ? rule.var : undefined;

const COMPARISONS: Record<string, string> = { '==': 'equal', '!=': 'notEqual', '<': 'lt', '<=': 'lte', '>': 'gt', '>=': 'gte' };

/** The fact a comparison reads: a profile variable, or the age computed from a date variable. */
function factOf(rule: JsonLogic, asOf: string, facts: Map<string, (profile: Record<string, unknown>) => unknown>): string {
  const name = varOf(rule);
  if (name !== undefined) return name;
  const [op, args] = opOf(rule);
  const from = varOf(args[0] as JsonLogic);
  if (op === 'years_between' && from !== undefined) {
    facts.set(`years_since:${from}`, (p) => yearsBetween(p[from] as string, asOf));
    return `years_since:${from}`;
  }
  throw new Error(`not translatable to json-rules-engine: ${JSON.stringify(rule)}`);
}

function condition(rule: JsonLogic, asOf: string, facts: Map<string, (profile: Record<string, unknown>) => unknown>): NestedCondition {
  const name = varOf(rule);
  if (name !== undefined) return { fact: name, operator: 'truthy', value: true };
  const [op, args] = opOf(rule);
  const [a, b] = args as [JsonLogic, JsonLogic];
  switch (op) {
    case 'and': return { all: args.map((x) => condition(x, asOf, facts)) };
    case 'or': return { any: args.map((x) => condition(x, asOf, facts)) };
    case '!': return { not: condition(a, asOf, facts) };
    case '!!': return condition(a, asOf, facts);
    case 'in': return { fact: factOf(a, asOf, facts), operator: 'in', value: varOf(b) === undefined ? b : { fact: varOf(b) } };
    case 'intersects': return { fact: factOf(a, asOf, facts), operator: 'intersects', value: b };
    case 'some':
    case 'all':
      return { fact: factOf(a, asOf, facts), operator: op === 'some' ? 'someItem' : 'everyItem', value: itemPredicate(b) as never };
  }
  const operator = COMPARISONS[op];
  if (operator && args.length === 2) return { fact: factOf(a, asOf, facts), operator, value: valueOf(b, asOf) };
  if ((op === '<' || op === '<=') && args.length === 3) {
    // The between form: low < x < high.
    const fact = factOf(b, asOf, facts);
    return { all: [{ fact, operator: op === '<' ? 'gt' : 'gte', value: a }, { fact, operator: op === '<' ? 'lt' : 'lte', value: args[2] }] };
  }
  throw new Error(`not translatable to json-rules-engine: ${JSON.stringify(rule)}`);
}

/** A comparison's right-hand side: a literal, another fact, or the evaluation date. */
function valueOf(rule: JsonLogic, asOf: string): unknown {
  if (varOf(rule) !== undefined) return { fact: varOf(rule) };
  if (typeof rule === 'object' && rule !== null && !Array.isArray(rule) && 'as_of' in rule) return asOf;
  return rule;
}

/** The condition on one list item (a family member's fields, or the item itself). */
function itemPredicate(rule: JsonLogic): (item: Record<string, unknown>) => boolean {
  const [op, args] = opOf(rule);
  const read = (x: JsonLogic) => { const key = varOf(x); return key === '' ? (item: unknown) => item : (item: Record<string, unknown>) => item[key as string]; };
  switch (op) {
    case 'and': { const parts = args.map(itemPredicate); return (item) => parts.every((p) => p(item)); }
    case 'or': { const parts = args.map(itemPredicate); return (item) => parts.some((p) => p(item)); }
    case '==': { const get = read(args[0] as JsonLogic); const value = args[1]; return (item) => get(item as never) === value; }
    case 'in': { const get = read(args[0] as JsonLogic); const values = args[1] as unknown[]; return (item) => values.includes(get(item as never)); }
  }
  throw new Error(`not translatable to json-rules-engine: ${JSON.stringify(rule)}`);
}

/** One engine holding every rule; each rule's event type is its index. */
export function jsonRulesEngine(rules: JsonLogic[], asOf: string): (profile: Record<string, unknown>) => Promise<number[]> {
  const engine = new Engine([], { allowUndefinedFacts: true });
  const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? v : NaN);
  engine.addOperator('truthy', (fact: unknown, value: boolean) => truthy(fact) === value);
  engine.addOperator('lt', (fact: unknown, value: unknown) => text(fact) < text(value));
  engine.addOperator('lte', (fact: unknown, value: unknown) => text(fact) <= text(value));
  engine.addOperator('gt', (fact: unknown, value: unknown) => text(fact) > text(value));
  engine.addOperator('gte', (fact: unknown, value: unknown) => text(fact) >= text(value));
  engine.addOperator('intersects', (fact: unknown, value: unknown[]) => Array.isArray(fact) && fact.some((x) => value.includes(x)));
  engine.addOperator('someItem', (fact: unknown, test: (item: unknown) => boolean) => Array.isArray(fact) && fact.some(test));
  engine.addOperator('everyItem', (fact: unknown, test: (item: unknown) => boolean) => Array.isArray(fact) && fact.length > 0 && fact.every(test));
  const facts = new Map<string, (profile: Record<string, unknown>) => unknown>();
  rules.forEach((rule, index) => {
    const c = condition(rule, asOf, facts);
    const top: TopLevelCondition = 'all' in c || 'any' in c || 'not' in c ? (c as TopLevelCondition) : { all: [c] };
    engine.addRule({ conditions: top, event: { type: String(index) } });
  });
  return async (profile) => {
    const computed = Object.fromEntries([...facts].map(([name, f]) => [name, f(profile)]));
    const { events } = await engine.run({ ...profile, ...computed });
    return events.map((e) => Number(e.type));
  };
}
