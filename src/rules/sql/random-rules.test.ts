import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataDir, readCatalogue } from '../../catalogue/index.js';
import type { JsonLogic, Profile } from '../../domain/index.js';
import { compile, evaluate, isUnknown, truthy } from '../index.js';
import { AS_OF, COUNTRIES, ENGINES, firstDisagreement, syntheticProfiles, type Answer } from '../../../test/support/sql-profiles.js';
import { typedRule } from '../../../test/support/typed-rules.js';

/*
 * Differential test: random rules in the catalogue's typed grammar, on the synthetic profiles,
 * must get the same three-valued answer from the interpreter, the compiled closures, SQLite,
 * DuckDB and PostgreSQL. The seed is fixed, so a failure reproduces; it prints the shortest rule
 * that disagrees, the profile and the SQL.
 */

/** VIAS_RULES_SEED=n explores other rules; a failure names the seed it ran with. */
const SEED = Number(process.env.VIAS_RULES_SEED ?? 20260412);
const RULES = 1000;

const { catalogue } = readCatalogue(dataDir());
const variables = catalogue.variables;
const profiles: Profile[] = syntheticProfiles(variables);
const dates = [...new Set(profiles.flatMap((p) => variables.filter((v) => v.type === 'date').map((v) => p[v.id])).filter((d): d is string => typeof d === 'string'))];
const rules: JsonLogic[] = fc.sample(typedRule(variables, { countries: [...COUNTRIES, 'FR'], dates }), { seed: SEED, numRuns: RULES });

const answer = (value: unknown): Answer => (isUnknown(value) ? null : truthy(value));
const interpreted = rules.map((rule) => profiles.map((p) => answer(evaluate(rule, p, { kleene: true, asOf: AS_OF }))));

describe(`${RULES} random typed rules (seed ${SEED}) × ${profiles.length} profiles`, () => {
  it('get the same answers from the interpreter and the compiled closures', () => {
    const compiled = rules.map((rule) => {
      const run = compile(rule);
      return profiles.map((p) => answer(run(p, { kleene: true, asOf: AS_OF })));
    });
    expect(firstDisagreement('compile', { rules, sql: rules.map(() => '(not SQL)'), profiles }, interpreted, compiled)).toBeUndefined();
  });

  it('are not all alike: each answer occurs often', () => {
    const counts = new Map<Answer, number>();
    for (const a of interpreted.flat()) counts.set(a, (counts.get(a) ?? 0) + 1);
    for (const a of [true, false, null]) expect(counts.get(a) ?? 0).toBeGreaterThan(RULES * profiles.length * 0.1);
  });

  it.each(ENGINES.map((open) => [open.name.replace('Engine', ''), open] as const))('get the same answers from %s', async (_, open) => {
    const engine = await open(variables, profiles);
    try {
      const sql = rules.map((rule) => engine.toSql(rule, variables, AS_OF));
      const actual = await engine.answers(sql);
      expect(actual.flat()).toHaveLength(RULES * profiles.length);
      expect(firstDisagreement(engine.name, { rules, sql, profiles }, interpreted, actual)).toBeUndefined();
    } finally {
      await engine.close();
    }
  });
});
