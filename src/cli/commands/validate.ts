import { formatIssue, readCatalogue, readReference, readScenarios, readStatistics } from '../../catalogue/index.js';
import { EXIT, type Io } from '../io.js';

/** `vias validate`: schema, ids, codes, dates, sources, rules, scenario files and statistics. */
export function validateCommand(io: Io, data: string): number {
  const { catalogue, issues } = readCatalogue(data);
  const scenarioIssues = issues.length === 0 ? readScenarios(data, catalogue).issues : [];
  const { statistics, issues: statisticsIssues } = readStatistics(data);
  const reference = readReference(data);
  const all = [...issues, ...scenarioIssues, ...reference.issues, ...statisticsIssues];
  if (all.length > 0) {
    all.forEach((issue) => io.err(formatIssue(issue)));
    io.err(`✗ ${all.length} problem${all.length === 1 ? '' : 's'} found; nothing was changed.`);
    return EXIT.findings;
  }
  const versions = catalogue.pathways.reduce((n, p) => n + p.eligibility.length, 0);
  const criteria = catalogue.pathways.reduce((n, p) => n + p.eligibility.reduce((m, v) => m + v.criteria.length, 0), 0);
  io.out(`✓ catalogue valid: ${catalogue.pathways.length} pathways, ${versions} eligibility versions, ${criteria} criteria, ${catalogue.variables.length} variables.`);
  io.out(`✓ reference valid: ${reference.countries.length} countries, ${reference.blocs.length} blocs.`);
  io.out(`✓ statistics valid: ${statistics.series.length} series, ${statistics.observations.length.toLocaleString('en')} observations.`);
  return EXIT.ok;
}
