import { formatIssue, readCatalogue, readScenarios, runScenarios } from '../../catalogue/index.js';
import { EXIT, type Io } from '../io.js';

/** `vias test`: runs every scenario of data/scenarios and reports each mismatch with its reasons. */
export function testCommand(io: Io, data: string): number {
  const { catalogue, issues } = readCatalogue(data);
  const read = readScenarios(data, catalogue);
  const problems = [...issues, ...read.issues];
  if (problems.length > 0) {
    problems.forEach((i) => io.err(formatIssue(i)));
    io.err('✗ fix the catalogue first (see `vias validate`).');
    return EXIT.findings;
  }
  const outcomes = runScenarios(catalogue, read.scenarios);
  const failures = outcomes.filter((o) => o.actual !== o.expected);
  for (const f of failures) {
    const where = f.scenario.line === null ? f.scenario.file : `${f.scenario.file}:${f.scenario.line}`;
    io.err(`✗ ${where} "${f.scenario.scenario.name}" on ${f.scenario.scenario.as_of}: ${f.pathway} expected ${f.expected}, got ${f.actual}`);
    for (const c of f.result.criteria) io.err(`    ${c.met === null ? '?' : c.met ? '✓' : '✗'} ${c.id}: ${c.label}`);
    if (f.result.missing.length > 0) io.err(`    missing: ${f.result.missing.join(', ')}`);
  }
  const covered = new Set(outcomes.map((o) => o.pathway));
  io.out(`${read.scenarios.length} scenarios covering ${covered.size} of ${catalogue.pathways.length} pathways`);
  io.out(`scenarios: ${outcomes.length - failures.length} passed, ${failures.length} failed`);
  return failures.length > 0 ? EXIT.findings : EXIT.ok;
}
