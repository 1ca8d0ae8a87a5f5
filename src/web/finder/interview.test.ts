import { describe, expect, it } from 'vitest';
import { dataDir, readCatalogue, readScenarios } from '../../catalogue/index.js';
import type { Profile } from '../../domain/index.js';
import { checkCatalogue } from '../../rules/index.js';
import { presentFinderData } from '../../server/routes/finder-data/present.js';
import { createEngine } from './engine.js';
import { answer, ask, back, current, EMPTY_INTERVIEW, profileOf, skip, type Interview } from './interview.js';
import { groupResults } from './results.js';

const { catalogue } = readCatalogue(dataDir());
const { scenarios } = readScenarios(dataDir(), catalogue);
const engine = createEngine(presentFinderData(catalogue.pathways, catalogue.variables, 'en', '2024-06-01'));

/** Completes the finder as `person` would: answering what they know, "I don't know" to the rest. */
function complete(person: Profile, asOf: string): { interview: Interview; asked: string[] } {
  let interview = EMPTY_INTERVIEW;
  const asked: string[] = [];
  for (let q = current(interview, engine, asOf).question; q; q = current(interview, engine, asOf).question) {
    asked.push(q.variable);
    const value = person[q.variable];
    interview = value === undefined || value === null ? skip(interview, q.variable) : answer(interview, q.variable, value);
    if (asked.length > catalogue.variables.length) throw new Error(`the finder asked ${asked.join(', ')}`);
  }
  return { interview, asked };
}

const venezuelanInColombia: Profile = { nationalities: ['VE'], current_country: 'CO', entry_date: '2019-06-10', entry_regular: false, has_criminal_record: false };

describe('finder: the interview reaches the engine’s answers', () => {
  it('covers the scenarios of the catalogue', () => {
    expect(scenarios.length).toBeGreaterThan(50);
  });

  it.each(scenarios.map((s) => [`${s.file}: ${s.scenario.name}`, s.scenario] as const))('%s', (_name, scenario) => {
    const { interview, asked } = complete(scenario.profile, scenario.as_of);
    expect(new Set(asked).size).toBe(asked.length); // never the same question twice
    const results = groupResults(engine, profileOf(interview), scenario.as_of);
    for (const [pathway, expected] of Object.entries(scenario.expect)) expect(results.outcomes[pathway]).toBe(expected);
    // Every pathway as POST /api/check decides it for the whole profile, though fewer questions were asked.
    const full = checkCatalogue(catalogue.pathways, scenario.profile, { asOf: scenario.as_of, lang: 'en' });
    expect(results.outcomes).toEqual(Object.fromEntries(full.results.map((r) => [r.pathway, r.outcome])));
  });
});

describe('finder: answering, skipping and going back', () => {
  it('starts with nationalities, then asks what settles the most', () => {
    const first = current(EMPTY_INTERVIEW, engine, '2021-09-01');
    expect(first.question?.variable).toBe('nationalities');
    const second = current(answer(EMPTY_INTERVIEW, 'nationalities', ['VE']), engine, '2021-09-01');
    expect(second.question?.variable).not.toBe('nationalities');
    expect(second.question?.unknown).toBeLessThan(first.question?.unknown ?? 0);
  });

  it('goes back to the previous question, offering the answer given, and takes a new one', () => {
    let interview = answer(EMPTY_INTERVIEW, 'nationalities', ['VE']);
    const asked = current(interview, engine, '2021-09-01').question?.variable as string;
    interview = answer(interview, asked, 'CO');
    interview = back(interview);
    expect(current(interview, engine, '2021-09-01')).toEqual({ question: expect.objectContaining({ variable: asked }) as unknown, previous: 'CO' });
    interview = back(interview);
    expect(current(interview, engine, '2021-09-01')).toMatchObject({ question: { variable: 'nationalities' }, previous: ['VE'] });
    interview = answer(interview, 'nationalities', ['CO']);
    expect(profileOf(interview)).toEqual({ nationalities: ['CO'] });
    expect(groupResults(engine, profileOf(interview), '2021-09-01').outcomes['co-etpv-ppt']).toBe('not_eligible');
    expect(back(EMPTY_INTERVIEW)).toBe(EMPTY_INTERVIEW);
  });

  it('never asks a skipped question again, and lists it as what decides the open outcomes', () => {
    const asOf = '2021-09-01';
    const criminal = 'has_criminal_record';
    const { interview, asked } = complete({ ...venezuelanInColombia, has_criminal_record: undefined }, asOf);
    expect(asked.filter((v) => v === criminal)).toHaveLength(1);
    const results = groupResults(engine, profileOf(interview), asOf);
    const ppt = results.unknown.find((r) => r.pathway.id === 'co-etpv-ppt');
    expect(ppt?.missing.map((v) => v.id)).toEqual([criminal]);
    expect(ppt?.missing[0]?.question).toBe('Do you have a criminal record in any country?');
    // From the results, the person may answer it after all.
    const reopened = ask(interview, criminal);
    expect(current(reopened, engine, asOf).question).toMatchObject({ variable: criminal, decides: expect.any(Number) as unknown });
    const settled = answer(reopened, criminal, false);
    expect(groupResults(engine, profileOf(settled), asOf).outcomes['co-etpv-ppt']).toBe('eligible');
    expect(current(settled, engine, asOf).question).toBeNull();
  });
});

describe('finder: the results say why', () => {
  it('names the criteria a not-eligible pathway fails', () => {
    const results = groupResults(engine, { ...venezuelanInColombia, nationalities: ['CO'] }, '2021-09-01');
    expect(results.notEligible.find((r) => r.pathway.id === 'co-etpv-ppt')?.unmet).toEqual(['Venezuelan national']);
  });

  it('dates a closed pathway, and says whether the answers would have fitted it', () => {
    const results = groupResults(engine, venezuelanInColombia, '2024-02-01');
    const ppt = results.closed.find((r) => r.pathway.id === 'co-etpv-ppt');
    expect(ppt).toMatchObject({ closedOn: '2023-11-24', opensOn: null });
    const haitian = groupResults(engine, { ...venezuelanInColombia, nationalities: ['HT'] }, '2024-02-01');
    expect(haitian.closed.find((r) => r.pathway.id === 'co-etpv-ppt')?.mightHaveFitted).toBe(false);
    // Those that might have fitted come first.
    const flags = haitian.closed.map((r) => r.mightHaveFitted);
    expect(flags).toEqual([...flags].sort((a, b) => Number(b) - Number(a)));
  });

  it('puts every pathway in exactly one group, with the reasons of an unknown', () => {
    const asOf = '2023-06-01';
    const results = groupResults(engine, { nationalities: ['VE'] }, asOf);
    const ids = [...results.eligible, ...results.unknown, ...results.notEligible, ...results.closed].map((r) => r.pathway.id);
    expect(ids.sort()).toEqual(catalogue.pathways.map((p) => p.id).sort());
    expect(results.unknown.every((r) => r.missing.length > 0 || r.note)).toBe(true);
    const decidable = results.unknown.map((r) => r.missing.length > 0);
    expect(decidable).toEqual([...decidable].sort((a, b) => Number(b) - Number(a))); // those an answer decides come first
  });
});
