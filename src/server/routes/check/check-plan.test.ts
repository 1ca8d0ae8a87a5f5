import { describe, expect, it } from 'vitest';
import { dataDir, readCatalogue, readScenarios } from '../../../catalogue/index.js';
import { LANGS, type Profile } from '../../../domain/index.js';
import { checkCatalogue } from '../../../rules/index.js';
import { checkPlan } from './check-plan.js';

const data = dataDir();
const decoder = new TextDecoder();
const text = (bytes: Uint8Array) => decoder.decode(bytes);
const { catalogue } = readCatalogue(data);
const { scenarios } = readScenarios(data, catalogue);

/** `iso` moved by `days`. */
const shift = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

// Every version boundary with the days on either side, and dates before and after them all.
const boundaries = catalogue.pathways.flatMap((p) => p.eligibility.flatMap((v) => [v.valid_from, ...(v.valid_to ? [v.valid_to] : [])]));
const dates = [...new Set([
  ...boundaries.flatMap((d) => [shift(d, -1), d, shift(d, 1)]),
  '1990-01-01', '2099-12-31',
])].sort();

const odd: Profile[] = [
  {},
  { nationalities: ['VE'], current_country: 'CO' },
  { nationalities: ['ZZ', 'HT'], current_country: 'US', entry_date: '2023-01-05', birth_date: '2010-02-28', has_criminal_record: true },
];
const profiles = [...odd, ...scenarios.map((s) => s.scenario.profile)];

describe('routes.check.checkPlan', () => {
  it('writes exactly the JSON of checkCatalogue for every scenario, and around every version boundary', () => {
    const plan = checkPlan(catalogue.pathways);
    const same = (profile: Profile, asOf: string, lang: (typeof LANGS)[number]) =>
      expect(text(plan(profile, asOf, lang))).toBe(JSON.stringify(checkCatalogue(catalogue.pathways, profile, { asOf, lang })));
    scenarios.forEach(({ scenario }, i) => same(scenario.profile, scenario.as_of, LANGS[i % LANGS.length]!));
    // On every date, the odd profiles and a few scenario profiles in turn.
    dates.forEach((asOf, d) => {
      const sample = [0, 1, 2, 3].map((k) => profiles[odd.length + ((d * 4 + k) * 37) % scenarios.length]!);
      [...odd, ...sample].forEach((profile, k) => same(profile, asOf, LANGS[(d + k) % LANGS.length]!));
    });
  });

  it('gives each language its labels, on the same evaluation', () => {
    const plan = checkPlan(catalogue.pathways);
    const profile = { nationalities: ['VE'], current_country: 'CO', entry_date: '2019-06-10' };
    for (const lang of LANGS) {
      expect(text(plan(profile, '2021-09-01', lang))).toBe(JSON.stringify(checkCatalogue(catalogue.pathways, profile, { asOf: '2021-09-01', lang })));
    }
  });

  it('is made once per catalogue snapshot', () => {
    expect(checkPlan(catalogue.pathways)).toBe(checkPlan(catalogue.pathways));
    expect(checkPlan([...catalogue.pathways])).not.toBe(checkPlan(catalogue.pathways));
  });
});
