import { describe, expect, it } from 'vitest';
import { dataDir, readCatalogue } from '../../catalogue/index.js';
import type { JsonLogic, Profile } from '../../domain/index.js';
import { evaluateCriterion } from '../index.js';
import { SqlUnsupportedError, toPostgres, toSqlite } from './to-sql.js';
import { AS_OF, ENGINES, firstDisagreement, syntheticProfiles } from '../../../test/support/sql-profiles.js';

const { catalogue } = readCatalogue(dataDir());
const criteria = catalogue.pathways.flatMap((p) => p.eligibility.flatMap((v) => v.criteria));
const profiles: Profile[] = syntheticProfiles(catalogue.variables);
const expected = criteria.map((c) => profiles.map((p) => evaluateCriterion(c, p, AS_OF).met));

describe('rules.toSqlite, toDuckdb, toPostgres', () => {
  it.each(ENGINES.map((open) => [open.name.replace('Engine', ''), open] as const))(
    '%s gives the JavaScript engine\'s three-valued answer for every real criterion and profile',
    async (_, open) => {
      const engine = await open(catalogue.variables, profiles);
      try {
        const sql = criteria.map((c) => engine.toSql(c.rule, catalogue.variables, AS_OF));
        const actual = await engine.answers(sql);
        expect(actual.flat()).toHaveLength(criteria.length * profiles.length);
        expect(firstDisagreement(engine.name, { rules: criteria.map((c) => c.rule), sql, profiles }, expected, actual)).toBeUndefined();
      } finally {
        await engine.close();
      }
    },
  );

  // Age tests compile to date cut-offs; every comparison, either way round, on every age the
  // profiles have (their birth dates include the evaluation date's anniversaries and the days around).
  const ageRules: JsonLogic[] = ['==', '!=', '<', '<=', '>', '>='].flatMap((op) => Array.from({ length: 68 }, (_, k) => k - 2).flatMap((n) => {
    const age: JsonLogic = { years_between: [{ var: 'birth_date' }, { as_of: [] }] };
    return [{ [op]: [age, n] }, { [op]: [n, age] }] as JsonLogic[];
  }));
  const ageExpected = ageRules.map((rule) => profiles.map((p) => evaluateCriterion({ rule }, p, AS_OF).met));

  it.each(ENGINES.map((open) => [open.name.replace('Engine', ''), open] as const))(
    '%s compares ages as the JavaScript engine does, on and around birthdays',
    async (_, open) => {
      const engine = await open(catalogue.variables, profiles);
      try {
        const sql = ageRules.map((rule) => engine.toSql(rule, catalogue.variables, AS_OF));
        expect(sql.every((s) => !s.includes('substr'))).toBe(true); // the cut-off form, not the general one
        const actual = await engine.answers(sql);
        expect(firstDisagreement(engine.name, { rules: ageRules, sql, profiles }, ageExpected, actual)).toBeUndefined();
      } finally {
        await engine.close();
      }
    },
  );

  it('names what it cannot express', () => {
    const cases: [JsonLogic, RegExp][] = [
      [{ cat: ['a', 'b'] }, /'cat'/],
      [{ var: ['sponsor_countries', []] }, /plain variable/],
      [{ some: [{ var: 'nationalities' }, { '==': [{ var: 'country' }, 'VE'] }] }, /"var": ""/],
      [{ some: [{ var: 'family' }, { var: 'age' }] }, /no field 'age'/],
    ];
    for (const [rule, message] of cases) {
      expect(() => toSqlite(rule, catalogue.variables, AS_OF)).toThrow(SqlUnsupportedError);
      expect(() => toPostgres(rule, catalogue.variables, AS_OF)).toThrow(message);
    }
  });
});
