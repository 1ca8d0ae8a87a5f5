import fc from 'fast-check';
import type { JsonLogic, VariableDef } from '../../src/domain/index.js';

/*
 * Random rules in the typed, boolean-valued grammar the catalogue's criteria are written in: each
 * variable is tested the way its type allows, against literals of its type, and the tests are
 * combined with and/or/!/!!. Lists are searched with intersects/in and iterated with some/all/
 * none, whose conditions test the item (a country, or the fields of a family member).
 */

type ScalarType = 'boolean' | 'date' | 'country' | 'enum' | 'number';

export interface RuleLiterals {
  countries: readonly string[];
  /** Dates to compare with: ideally some of the profiles' own, so that equality happens. */
  dates: readonly string[];
}

const AS_OF: JsonLogic = { as_of: [] };
const EQUALITY = ['==', '!='] as const;
const ORDER = ['<', '<=', '>', '>='] as const;

const isoDate = fc.integer({ min: Date.UTC(1955, 0, 1), max: Date.UTC(2030, 0, 1) })
  .map((ms) => new Date(ms).toISOString().slice(0, 10));

/** Literals of a type (for a date, also `as_of`, where a value may be an expression). */
function literalOf(type: ScalarType, options: readonly string[], l: RuleLiterals, expression: boolean): fc.Arbitrary<JsonLogic> {
  switch (type) {
    case 'boolean': return fc.boolean();
    case 'country': return fc.constantFrom(...l.countries);
    case 'enum': return fc.constantFrom(...options);
    case 'number': return fc.oneof(fc.integer({ min: -5, max: 80 }), fc.constantFrom(0, 17.5, 18));
    case 'date': {
      const date = fc.oneof(fc.constantFrom(...l.dates), isoDate);
      return expression ? fc.oneof({ arbitrary: date, weight: 4 }, { arbitrary: fc.constant(AS_OF), weight: 1 }) : date;
    }
  }
}

/**
 * The tests of one value of a type: `value` is a variable, a list item or one of its fields, or
 * an age. `truthy` adds the value alone as a test (JsonLogic truthiness).
 */
function scalarTests(value: JsonLogic, type: ScalarType, options: readonly string[], l: RuleLiterals, truthy: boolean): fc.Arbitrary<JsonLogic>[] {
  const other = literalOf(type, options, l, true);
  const tests: fc.Arbitrary<JsonLogic>[] = [
    fc.tuple(fc.constantFrom(...EQUALITY), other, fc.boolean()).map(([op, x, flip]) => ({ [op]: flip ? [x, value] : [value, x] })),
  ];
  if (truthy) tests.push(fc.constant(value));
  if (type !== 'boolean') {
    tests.push(fc.array(literalOf(type, options, l, false), { maxLength: 4 }).map((list) => ({ in: [value, list] })));
  }
  if (type === 'date' || type === 'number') {
    tests.push(
      fc.tuple(fc.constantFrom(...ORDER), other, fc.boolean()).map(([op, x, flip]) => ({ [op]: flip ? [x, value] : [value, x] })),
      // The between form, with the value mostly in the middle, where rules put it.
      fc.tuple(fc.constantFrom('<', '<='), other, other, fc.constantFrom(1, 1, 0, 2)).map(([op, a, b, at]) => {
        const args = [a, b];
        args.splice(at, 0, value);
        return { [op]: args };
      }),
    );
  }
  return tests;
}

/** and/or/!/!! over the tests, nested up to `depth` levels. */
function nested(test: fc.Arbitrary<JsonLogic>, depth: number): fc.Arbitrary<JsonLogic> {
  if (depth === 0) return test;
  const sub = nested(test, depth - 1);
  return fc.oneof(
    { arbitrary: test, weight: 3 },
    { arbitrary: fc.tuple(fc.constantFrom('and', 'or'), fc.array(sub, { minLength: 1, maxLength: 3 })).map(([op, xs]) => ({ [op]: xs })), weight: 2 },
    { arbitrary: fc.tuple(fc.constantFrom('!', '!!'), sub).map(([op, x]) => ({ [op]: [x] })), weight: 1 },
  );
}

/** The condition of an iteration over the list variable `list`: tests of its item. */
function itemCondition(list: VariableDef, l: RuleLiterals): fc.Arbitrary<JsonLogic> {
  const tests = list.type === 'country_list'
    ? scalarTests({ var: '' }, 'country', [], l, true)
    : (list.fields ?? []).flatMap((f) => scalarTests({ var: f.id }, f.type, f.options ?? [], l, true));
  return nested(fc.oneof(...tests), 2);
}

/** The tests of one profile variable. */
function variableTests(v: VariableDef, variables: readonly VariableDef[], l: RuleLiterals): fc.Arbitrary<JsonLogic>[] {
  const ref: JsonLogic = { var: v.id };
  switch (v.type) {
    case 'country_list': {
      const country = fc.oneof(literalOf('country', [], l, false), ...variables.filter((x) => x.type === 'country').map((x) => fc.constant<JsonLogic>({ var: x.id })));
      return [
        fc.constant(ref),
        fc.array(fc.constantFrom(...l.countries), { maxLength: 4 }).map((list) => ({ intersects: [ref, list] })),
        country.map((c) => ({ in: [c, ref] })),
        ...iterations(v, l),
      ];
    }
    case 'object_list':
      return [fc.constant(ref), ...iterations(v, l)];
    case 'date': {
      // An age: whole years between the date and as_of (or another date), either way round.
      const ages = fc.tuple(literalOf('date', [], l, true), fc.boolean()).map(([other, flip]) => ({ years_between: flip ? [other, ref] : [ref, other] }));
      return [...scalarTests(ref, 'date', [], l, true), ages.chain((age) => fc.oneof(...scalarTests(age, 'number', [], l, false)))];
    }
    default:
      return scalarTests(ref, v.type, (v.options ?? []).map((o) => o.value), l, true);
  }
}

function iterations(list: VariableDef, l: RuleLiterals): fc.Arbitrary<JsonLogic>[] {
  return [fc.tuple(fc.constantFrom('some', 'all', 'none'), itemCondition(list, l)).map(([op, condition]) => ({ [op]: [{ var: list.id }, condition] }))];
}

/** Random well-typed boolean rules over `variables`, nested up to `depth` levels of and/or/!/!!. */
export function typedRule(variables: readonly VariableDef[], literals: RuleLiterals, depth = 3): fc.Arbitrary<JsonLogic> {
  const test = fc.oneof(
    { arbitrary: fc.oneof(...variables.map((v) => fc.oneof(...variableTests(v, variables, literals)))), weight: 20 },
    { arbitrary: fc.boolean(), weight: 1 },
  );
  return nested(test, depth);
}
