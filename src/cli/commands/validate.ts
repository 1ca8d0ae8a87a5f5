import { formatIssue, readCatalogue, readScenarios } from '../../catalogue/index.js';
import { EXIT, type Io } from '../io.js';

/** `vias validate`: schema, ids, codes, dates, sources, rules and scenarios files. */
export function validateCommand(io: Io, data: string): number {
  const { catalogue, issues } = readCatalogue(data);
  const scenarioIssues = issues.length === 0 ? readScenarios(data, catalogue).issues : [];
  const all = [...issues, ...scenarioIssues];
  if (all.length > 0) {
    all.forEach((issue) => io.err(formatIssue(issue)));
    io.err(`✗ ${all.length} problem${all.length === 1 ? '' : 's'} found; nothing was changed.`);
    return EXIT.findings;
  }
  const versions = catalogue.pathways.reduce((n, p) => n + p.eligibility.length, 0);
  const criteria = catalogue.pathways.reduce((n, p) => n + p.eligibility.reduce((m, v) => m + v.criteria.length, 0), 0);
  io.out(`✓ catalogue valid: ${catalogue.pathways.length} pathways, ${versions} eligibility versions, ${criteria} criteria, ${catalogue.variables.length} variables.`);
  return EXIT.ok;
}
