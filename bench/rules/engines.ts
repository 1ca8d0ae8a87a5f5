/**
 * The engines under comparison, each behind the same interface: prepare once for the rules, then
 * add 1 to counts[r] for every rule r a profile satisfies. Peers get the domain operations
 * registered in the way their documentation describes.
 */
import { LogicEngine } from 'json-logic-engine';
import jsonLogic from 'json-logic-js';
import type { JsonLogic } from '../../src/domain/index.js';
import { compile, compileCatalogue, evaluate, isUnknown, MET, truthy, yearsBetween } from '../../src/rules/index.js';
import { jsonRulesEngine } from './json-rules-engine.js';

export type Runner = (profile: Record<string, unknown>, counts: Int32Array) => void | Promise<void>;

export interface EngineSpec {
  name: string;
  /** Slow engines run on the first profiles only (their counts are checked on those). */
  slow: boolean;
  prepare(rules: JsonLogic[], asOf: string): Runner;
}

const intersects = (a: unknown, b: unknown) => Array.isArray(a) && Array.isArray(b) && a.some((x) => b.includes(x));

export const ENGINES: EngineSpec[] = [
  {
    name: 'json-logic-js 2.0.5',
    slow: true,
    prepare(rules, asOf) {
      jsonLogic.add_operation('as_of', () => asOf);
      jsonLogic.add_operation('years_between', (a: string, b: string) => yearsBetween(a, b));
      jsonLogic.add_operation('intersects', intersects);
      return (p, counts) => { for (let r = 0; r < rules.length; r++) if (truthy(jsonLogic.apply(rules[r] as never, p))) counts[r]! += 1; };
    },
  },
  {
    name: 'json-rules-engine 7',
    slow: true,
    prepare(rules, asOf) {
      const run = jsonRulesEngine(rules, asOf);
      return async (p, counts) => { for (const r of await run(p)) counts[r]! += 1; };
    },
  },
  {
    name: 'json-logic-engine 5 build',
    slow: false,
    prepare(rules, asOf) {
      const engine = new LogicEngine();
      engine.addMethod('as_of', () => asOf);
      engine.addMethod('years_between', ([a, b]: [string, string]) => yearsBetween(a, b), { deterministic: true });
      engine.addMethod('intersects', ([a, b]: [unknown, unknown]) => intersects(a, b), { deterministic: true });
      const built = rules.map((r) => engine.build(r as never) as (data: unknown) => unknown);
      return (p, counts) => { for (let r = 0; r < built.length; r++) if (truthy(built[r]!(p))) counts[r]! += 1; };
    },
  },
  {
    name: 'vias interpreter, 3-valued',
    slow: true,
    prepare(rules, asOf) {
      const o = { kleene: true, asOf };
      return (p, counts) => {
        for (let r = 0; r < rules.length; r++) { const v = evaluate(rules[r] as JsonLogic, p, o); if (!isUnknown(v) && truthy(v)) counts[r]! += 1; }
      };
    },
  },
  {
    name: 'vias compiled rules, 2-valued',
    slow: false,
    prepare(rules, asOf) {
      const compiled = rules.map((r) => compile(r));
      const o = { kleene: false, asOf };
      return (p, counts) => { for (let r = 0; r < compiled.length; r++) if (truthy(compiled[r]!(p, o))) counts[r]! += 1; };
    },
  },
  {
    name: 'vias compiled rules, 3-valued',
    slow: false,
    prepare(rules, asOf) {
      const compiled = rules.map((r) => compile(r));
      const o = { kleene: true, asOf };
      return (p, counts) => {
        for (let r = 0; r < compiled.length; r++) { const v = compiled[r]!(p, o); if (!isUnknown(v) && truthy(v)) counts[r]! += 1; }
      };
    },
  },
  {
    name: 'vias compiled catalogue, 3-valued',
    slow: false,
    prepare(rules, asOf) {
      const catalogue = compileCatalogue(rules);
      const o = { kleene: true, asOf };
      const answers = new Uint8Array(rules.length);
      return (p, counts) => {
        catalogue(p, o, answers);
        for (let r = 0; r < answers.length; r++) if (answers[r] === MET) counts[r]! += 1;
      };
    },
  },
];
