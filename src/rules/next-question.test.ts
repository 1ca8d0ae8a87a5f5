import { describe, expect, it } from 'vitest';
import { dataDir, readCatalogue } from '../catalogue/index.js';
import { versionInForce, type Profile } from '../domain/index.js';
import { checkCatalogue, nextQuestion } from './index.js';

const { catalogue } = readCatalogue(dataDir());
const order = catalogue.variables.map((v) => v.id);

/** Pathways open on `asOf` whose rules are not in our sources: no answer can settle them. */
function rulesUnknownOn(asOf: string): string[] {
  return catalogue.pathways.filter((p) => versionInForce(p.eligibility, asOf)?.rules_known === false).map((p) => p.id);
}

/** A finder session: ask nextQuestion until nothing is unknown, answering from `person`. */
function interview(person: Profile, asOf: string): { asked: string[]; profile: Profile } {
  const profile: Profile = {};
  const asked: string[] = [];
  for (let q = nextQuestion(profile, catalogue.pathways, asOf, order); q; q = nextQuestion(profile, catalogue.pathways, asOf, order)) {
    asked.push(q.variable);
    profile[q.variable] = person[q.variable] ?? [];
    if (asked.length > 30) break;
  }
  return { asked, profile };
}

const typical: [string, string, Profile][] = [
  ['Venezuelan in Colombia since 2019, entered irregularly', '2021-09-01', {
    nationalities: ['VE'], current_country: 'CO', entry_date: '2019-06-10', entry_regular: false, birth_date: '1990-04-02', has_valid_passport: false,
    has_criminal_record: false, sponsor_countries: [], family: [], job_offer_countries: [], occupation_sector: 'hospitality', current_status: 'none', ramv_registered: false,
  }],
  ['Guatemalan farm worker at home with a Canadian job offer', '2024-02-01', {
    nationalities: ['GT'], current_country: 'GT', entry_date: '1998-03-01', entry_regular: true, birth_date: '1992-08-30', has_valid_passport: true,
    has_criminal_record: false, sponsor_countries: [], family: [{ country: 'US', relationship: 'sibling', status: 'citizen' }], job_offer_countries: ['CA'], occupation_sector: 'agriculture', current_status: 'none',
  }],
];

/** Someone many pathways could fit: each of 9 questions is needed by some pathway still open. */
const broad: [string, string, Profile] = [
  'Haitian in Mexico with a US sponsor', '2023-06-01', {
    nationalities: ['HT'], current_country: 'MX', entry_date: '2022-11-20', entry_regular: false, birth_date: '1995-01-15', has_valid_passport: true,
    has_criminal_record: false, sponsor_countries: ['US'], family: [], job_offer_countries: [], occupation_sector: 'construction', current_status: 'asylum_seeker', asylum_claim_date: '2022-12-01',
  },
];

describe('rules.nextQuestion', () => {
  it('asks nothing once every outcome is definite', () => {
    const [, asOf, person] = typical[0] as [string, string, Profile];
    expect(nextQuestion(person, catalogue.pathways, asOf, order)).toBeNull();
  });

  it('starts with the question that decides the most pathways', () => {
    const q = nextQuestion({}, catalogue.pathways, '2021-09-01', order);
    expect(q?.variable).toBe('nationalities');
    expect(q?.decides).toBeGreaterThan(10);
  });

  it.each([...typical.map((t) => [...t, 8] as const), [...broad, 9] as const])('settles every pathway in at most %4$i questions: %s', (_name, asOf, person, most) => {
    const { asked, profile } = interview(person, asOf);
    expect(asked.length).toBeLessThanOrEqual(most);
    expect(new Set(asked).size).toBe(asked.length); // never the same question twice
    const report = checkCatalogue(catalogue.pathways, profile, { asOf, lang: 'en' });
    // Unknown only where our sources lack the rules; those never trigger a question.
    const unknown = report.results.filter((r) => r.outcome === 'unknown');
    expect(unknown.map((r) => r.pathway)).toEqual(rulesUnknownOn(asOf));
    expect(unknown.every((r) => r.missing.length === 0 && r.criteria.length === 0)).toBe(true);
    // The short interview reaches exactly the answers the full profile gives.
    const full = checkCatalogue(catalogue.pathways, person, { asOf, lang: 'en' });
    expect(report.results.map((r) => r.outcome)).toEqual(full.results.map((r) => r.outcome));
  });

  it('never chooses a question the person could not answer, and stops when only those remain', () => {
    const asOf = '2021-09-01';
    const first = nextQuestion({}, catalogue.pathways, asOf, order);
    const skip = new Set([first?.variable ?? '']);
    const second = nextQuestion({}, catalogue.pathways, asOf, order, skip);
    expect(second?.variable).toBeDefined();
    expect(second?.variable).not.toBe(first?.variable);
    // Skipping every question leaves nothing to ask, while outcomes stay unknown.
    expect(nextQuestion({}, catalogue.pathways, asOf, order, new Set(order))).toBeNull();
  });
});
