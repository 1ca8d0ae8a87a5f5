import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dataDir, readCatalogue } from '../catalogue/index.js';
import type { JsonLogic, Profile } from '../domain/index.js';
import { answerOf, compile, compileCatalogue, MET, UNKNOWN_ANSWER } from './index.js';
import { AS_OF, COUNTRIES, syntheticProfiles } from '../../test/support/sql-profiles.js';
import { typedRule } from '../../test/support/typed-rules.js';

/*
 * compileCatalogue must give, rule by rule, exactly what compile gives — answers and the missing
 * variables reported for each rule — in both modes, on real criteria and random ones, including
 * answers of the wrong type that its frame encodes differently (text that is no literal, dates
 * that are not YYYY-MM-DD, numbers where text is expected, a text where a list is expected).
 */

const { catalogue } = readCatalogue(dataDir());
const variables = catalogue.variables;
const criteria = catalogue.pathways.flatMap((p) => p.eligibility.flatMap((v) => v.criteria.map((c) => c.rule)));

const odd: Profile[] = [
  {},
  { current_country: 'ZZ', nationalities: ['ZZ', 'VE'], entry_date: '2020-1-5', birth_date: '1990-02-30T00:00' },
  { current_country: 7, nationalities: 'VE', entry_date: 20200105, birth_date: 'unknown', has_criminal_record: 'no' },
  { current_country: '', nationalities: [], entry_date: '', family: [], sponsor_countries: ['US', 5], occupation_sector: true },
  { current_country: 'PE', nationalities: [null, 'CO'], entry_date: null, birth_date: '2010-06-01', current_status: 'none' },
  // Ten characters with the hyphens in place, but not all digits: no date, compared as text.
  { entry_date: '2019-1:-01', birth_date: '199a-01-01', asylum_claim_date: '2022/01/01' },
  { entry_date: '2021-0:-01', birth_date: '2000-0:-01' },
] as unknown as Profile[];
const profiles: Profile[] = [...odd, ...syntheticProfiles(variables, 300, 11)];

function perRule(rules: readonly JsonLogic[], profile: Profile, kleene: boolean) {
  return rules.map((rule) => {
    const missing = new Set<string>();
    const value = compile(rule)(profile, { kleene, asOf: AS_OF, onMissing: (v) => missing.add(v) });
    return { answer: answerOf(value), missing: [...missing].sort() };
  });
}

function together(rules: readonly JsonLogic[], profile: Profile, kleene: boolean) {
  const missing = rules.map(() => new Set<string>());
  const answers = compileCatalogue(rules)(profile, { kleene, asOf: AS_OF, onMissing: (v, r) => missing[r]?.add(v) }, new Uint8Array(rules.length));
  return [...answers].map((answer, r) => ({ answer, missing: [...(missing[r] ?? [])].sort() }));
}

describe('rules.compileCatalogue', () => {
  it.each([true, false])('agrees with compile on every real criterion and profile (three-valued: %s)', (kleene) => {
    for (const profile of profiles) expect(together(criteria, profile, kleene)).toEqual(perRule(criteria, profile, kleene));
  });

  it('agrees with compile on random typed rules compiled together', () => {
    // Literal dates taken from the profiles, so that equal dates (where < and <= differ) occur.
    const dates = [...new Set(profiles.flatMap((p) => variables.filter((v) => v.type === 'date').map((v) => p[v.id])).filter((d): d is string => typeof d === 'string'))];
    const rules = fc.sample(typedRule(variables, { countries: [...COUNTRIES, 'FR'], dates }), { seed: 20261128, numRuns: 600 });
    const run = compileCatalogue(rules);
    for (const kleene of [true, false]) {
      for (const profile of profiles) {
        const answers = [...run(profile, { kleene, asOf: AS_OF }, new Uint8Array(rules.length))];
        const expected = rules.map((rule) => answerOf(compile(rule)(profile, { kleene, asOf: AS_OF })));
        expect(answers).toEqual(expected);
      }
    }
  });

  it('answers into the caller\'s array and reports missing variables per rule', () => {
    const run = compileCatalogue([{ '==': [{ var: 'current_country' }, 'PE'] }, { '!': { var: 'has_criminal_record' } }]);
    const out = new Uint8Array(2);
    const missing: [string, number][] = [];
    expect(run({ current_country: 'PE' }, { kleene: true, asOf: AS_OF, onMissing: (v, r) => missing.push([v, r]) }, out)).toBe(out);
    expect([...out]).toEqual([MET, UNKNOWN_ANSWER]);
    expect(missing).toEqual([['has_criminal_record', 1]]);
  });
});
