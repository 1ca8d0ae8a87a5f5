import { dataDir, readCatalogue, readScenarios } from '../../src/catalogue/index.js';
import { LANGS } from '../../src/domain/index.js';

/** One POST /api/check body, and where its profile comes from. */
export interface CheckRequest {
  body: string;
  from: string;
}

/**
 * `count` realistic, distinct POST /api/check bodies: the profiles and dates of the scenario
 * tests (data/scenarios), taken evenly across all the files so that every kind of person and
 * pathway is represented, each asked in one of the four languages in turn.
 */
export function checkRequests(count: number): CheckRequest[] {
  const data = dataDir();
  const { catalogue } = readCatalogue(data);
  const { scenarios } = readScenarios(data, catalogue);
  const seen = new Set<string>();
  const distinct = scenarios.filter(({ scenario }) => {
    const key = JSON.stringify([scenario.profile, scenario.as_of]);
    return !seen.has(key) && seen.add(key);
  });
  if (distinct.length < count) throw new Error(`data/scenarios has only ${distinct.length} distinct profiles, fewer than ${count}`);
  const step = distinct.length / count;
  return Array.from({ length: count }, (_, i) => {
    const { file, line, scenario } = distinct[Math.floor(i * step)]!;
    const lang = LANGS[i % LANGS.length];
    return { body: JSON.stringify({ profile: scenario.profile, as_of: scenario.as_of, lang }), from: `${file}:${line ?? '?'}` };
  });
}
