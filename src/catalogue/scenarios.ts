import { join, relative } from 'node:path';
import { parseProfile, ScenarioFile, type Outcome, type PathwayResult, type Scenario } from '../domain/index.js';
import { checkPathway } from '../rules/index.js';
import type { CatalogueIssue } from './issue.js';
import type { Catalogue } from './read-catalogue.js';
import { yamlFilesUnder } from './read-catalogue.js';
import { readYamlFile } from './yaml-file.js';
import { schemaIssues } from './zod-issues.js';

export interface LocatedScenario {
  file: string;
  line: number | null;
  scenario: Scenario;
}

export interface ScenarioOutcome {
  scenario: LocatedScenario;
  pathway: string;
  expected: Outcome;
  actual: Outcome;
  result: PathwayResult;
}

/** Reads data/scenarios/*.yaml, checking each profile and that each expected pathway exists. */
export function readScenarios(dataDir: string, catalogue: Catalogue): { scenarios: LocatedScenario[]; issues: CatalogueIssue[] } {
  const base = join(dataDir, '..');
  const ids = new Set(catalogue.pathways.map((p) => p.id));
  const scenarios: LocatedScenario[] = [];
  const issues: CatalogueIssue[] = [];
  for (const name of yamlFilesUnder(join(dataDir, 'scenarios'))) {
    const absolute = join(dataDir, 'scenarios', name);
    const { yaml, issues: syntax } = readYamlFile(absolute, relative(base, absolute));
    issues.push(...syntax);
    if (!yaml) continue;
    const parsed = ScenarioFile.safeParse(yaml.data);
    if (!parsed.success) {
      issues.push(...schemaIssues(yaml, parsed.error));
      continue;
    }
    parsed.data.forEach((scenario, i) => {
      const profile = parseProfile(scenario.profile, catalogue.variables);
      if (!profile.ok) {
        profile.issues.forEach((p) => issues.push(yaml.issue([i, 'profile', ...p.path.split(/[.[\]]/).filter(Boolean)], p.message)));
        return;
      }
      for (const id of Object.keys(scenario.expect)) {
        if (!ids.has(id)) issues.push(yaml.issue([i, 'expect', id], `no pathway has the id '${id}'`));
      }
      scenarios.push({ file: yaml.file, line: yaml.lineOf([i]), scenario: { ...scenario, profile: profile.profile } });
    });
  }
  return { scenarios, issues };
}

/** Runs every scenario against the catalogue: one outcome per expected pathway. */
export function runScenarios(catalogue: Catalogue, scenarios: readonly LocatedScenario[]): ScenarioOutcome[] {
  const byId = new Map(catalogue.pathways.map((p) => [p.id, p]));
  return scenarios.flatMap((located) =>
    Object.entries(located.scenario.expect).flatMap(([id, expected]) => {
      const pathway = byId.get(id);
      if (!pathway) return [];
      const result = checkPathway(pathway, located.scenario.profile, { asOf: located.scenario.as_of, lang: 'en' });
      return [{ scenario: located, pathway: id, expected, actual: result.outcome, result }];
    }),
  );
}
