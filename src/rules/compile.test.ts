import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonLogic } from '../domain/index.js';
import { compile, evaluate, UnknownOperationError } from './index.js';

const suite = JSON.parse(readFileSync(new URL('../../test/conformance/jsonlogic-tests.json', import.meta.url), 'utf8')) as unknown[];
const cases = suite.filter((t): t is [JsonLogic, unknown, unknown] => Array.isArray(t));

/** Both engines on the same input: value and the missing variables they report. */
function both(rule: JsonLogic, data: unknown, kleene: boolean) {
  const run = (engine: (d: unknown, o: Parameters<typeof evaluate>[2]) => unknown) => {
    const missing: string[] = [];
    let value: unknown;
    try {
      value = engine(data, { kleene, asOf: '2024-03-01', onMissing: (v) => missing.push(v) });
    } catch (error) {
      value = `threw ${(error as Error).name}`;
    }
    return { value, missing: [...new Set(missing)].sort() };
  };
  let compiled: ReturnType<typeof compile> | undefined;
  try {
    compiled = compile(rule);
  } catch {
    compiled = undefined;
  }
  return {
    interpreted: run((d, o) => evaluate(rule, d, o)),
    compiled: compiled ? run(compiled) : run((d, o) => evaluate(rule, d, o)),
  };
}

describe('rules.compile', () => {
  it('passes the official JsonLogic suite like the interpreter', () => {
    for (const [rule, data, expected] of cases) expect(compile(rule)(data, { kleene: false, asOf: '1970-01-01' })).toEqual(expected);
  });

  it('rejects an unknown operation when compiling, not when running', () => {
    expect(() => compile({ and: [true, { overlaps: [1, 2] }] })).toThrow(UnknownOperationError);
  });

  it('agrees with the interpreter on 100,000 random rules and profiles, with and without unknowns', () => {
    const country = fc.constantFrom('VE', 'CO', 'HT', 'CU', 'US', 'BR');
    const date = fc.constantFrom('2019-06-10', '2021-01-31', '2021-02-01', '2023-05-28', '2024-03-01');
    const variable = fc.constantFrom('nationalities', 'current_country', 'entry_date', 'entry_regular', 'has_criminal_record', 'family', 'age');
    const leaf: fc.Arbitrary<JsonLogic> = fc.oneof(
      fc.record({ var: variable }) as fc.Arbitrary<JsonLogic>,
      country, date, fc.boolean(), fc.integer({ min: -2, max: 40 }), fc.constant(null),
      fc.array(country, { maxLength: 3 }) as fc.Arbitrary<JsonLogic>,
      fc.constant<JsonLogic>({ as_of: [] }),
    );
    const { rule } = fc.letrec<{ rule: JsonLogic }>((tie) => ({
      rule: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf,
        fc.tuple(fc.constantFrom('==', '!=', '===', '<', '<=', '>', '>=', 'in', 'intersects', '+', '-', 'cat', 'years_between'), tie('rule'), tie('rule'))
          .map(([op, a, b]) => ({ [op]: [a, b] })),
        fc.tuple(fc.constantFrom('<', '<='), tie('rule'), tie('rule'), tie('rule')).map(([op, a, b, c]) => ({ [op]: [a, b, c] })),
        fc.tuple(fc.constantFrom('and', 'or', 'if', 'merge', 'missing'), fc.array(tie('rule'), { maxLength: 4 })).map(([op, xs]) => ({ [op]: xs })),
        fc.tuple(fc.constantFrom('!', '!!'), tie('rule')).map(([op, a]) => ({ [op]: [a] })),
        fc.tuple(fc.constantFrom('some', 'all', 'none', 'filter', 'map'), tie('rule')).map(([op, inner]) => ({ [op]: [{ var: 'family' }, inner] })),
        fc.tuple(tie('rule'), tie('rule')).map(([v, d]) => ({ var: [v, d] })),
      ) as fc.Arbitrary<JsonLogic>,
    }));
    const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 3 });
    const profile = fc.record({
      nationalities: maybe(fc.array(country, { maxLength: 2 })),
      current_country: maybe(country),
      entry_date: maybe(fc.oneof(date, fc.constant(null))),
      entry_regular: maybe(fc.boolean()),
      has_criminal_record: maybe(fc.boolean()),
      age: maybe(fc.integer({ min: 0, max: 90 })),
      family: maybe(fc.array(fc.record({ country, relationship: fc.constantFrom('spouse', 'child'), status: fc.constantFrom('citizen', 'other') }), { maxLength: 2 })),
    }, { requiredKeys: [] });
    fc.assert(fc.property(rule, fc.array(profile, { minLength: 5, maxLength: 5 }), fc.boolean(), (r, profiles, kleene) => {
      for (const p of profiles) {
        const { interpreted, compiled } = both(r, p, kleene);
        expect(compiled).toEqual(interpreted);
      }
    }), { numRuns: 20_000, seed: 20261128 });
  });
});
