import { describe, expect, it } from 'vitest';
import { dataDir, readCatalogue } from '../catalogue/index.js';
import { pathwayHistory, PathwayHistory } from './index.js';

const { catalogue } = readCatalogue(dataDir());
const pathway = (id: string) => {
  const p = catalogue.pathways.find((x) => x.id === id);
  if (!p) throw new Error(`no pathway ${id}`);
  return p;
};

describe('analytics.pathwayHistory', () => {
  it('merges lifecycle events and eligibility versions in date order, events first on a shared day', () => {
    const history = pathwayHistory(pathway('co-etpv-ppt'), 'en');
    expect(history.entries.map((e) => `${e.date} ${e.kind === 'event' ? e.event : 'version'}`)).toEqual([
      '2021-03-01 opened', '2021-03-01 version', '2021-04-28 amended', '2022-05-28 cutoff_changed', '2022-05-29 version', '2023-11-24 closed',
    ]);
  });

  it('gives each version its dates, whether its rules are known, and its criteria in the asked language', () => {
    const [first] = pathwayHistory(pathway('co-etpv-ppt'), 'es').entries.filter((e) => e.kind === 'version');
    expect(first).toMatchObject({ valid_from: '2021-03-01', valid_to: '2022-05-28', rules_known: true });
    expect(first?.kind === 'version' && first.criteria.map((c) => c.label)).toContain('Nacional de Venezuela');
    const unknownRules = pathwayHistory(pathway('us-h2a-agricultural'), 'en').entries.find((e) => e.kind === 'version' && !e.rules_known);
    expect(unknownRules).toMatchObject({ valid_from: '2025-11-08', valid_to: null, criteria: [] });
    expect(unknownRules?.kind === 'version' && unknownRules.note).toBeTruthy();
  });

  it('cites sources on every entry and lists each cited source once', () => {
    for (const p of catalogue.pathways) {
      const history = pathwayHistory(p, 'fr');
      expect(PathwayHistory.parse(history)).toEqual(history);
      expect(history.entries).toHaveLength(p.lifecycle.length + p.eligibility.length);
      const listed = history.sources.map((s) => s.id);
      expect(new Set(listed).size).toBe(listed.length);
      for (const e of history.entries) for (const id of e.sources) expect(listed).toContain(id);
    }
  });
});
