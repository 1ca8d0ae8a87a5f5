import { describe, expect, it } from 'vitest';
import { dataDir, readCatalogue, readScenarios, runScenarios } from './index.js';

const { catalogue } = readCatalogue(dataDir());
const { scenarios, issues } = readScenarios(dataDir(), catalogue);
const outcomes = runScenarios(catalogue, scenarios);

describe('catalogue scenarios', () => {
  it('are all well-formed', () => {
    expect(issues).toEqual([]);
  });

  it.each(catalogue.pathways.map((p) => [p.id, p] as const))('cover %s with an eligible person, an ineligible one and at least 3 cases', (id, pathway) => {
    const mine = outcomes.filter((o) => o.pathway === id);
    expect(mine.length).toBeGreaterThanOrEqual(3);
    const expected = new Set(mine.map((o) => o.expected));
    expect(expected).toContain('eligible');
    expect(expected).toContain('not_eligible');
    const ended = pathway.eligibility.every((v) => v.valid_to !== null);
    if (ended) expect(expected, `${id} has ended: add a scenario dated after its last version`).toContain('closed');
  });

  it('all give the expected outcome', () => {
    const failures = outcomes.filter((o) => o.actual !== o.expected)
      .map((o) => `${o.scenario.file}:${o.scenario.line} "${o.scenario.scenario.name}" ${o.pathway}: expected ${o.expected}, got ${o.actual}`);
    expect(failures).toEqual([]);
  });
});
