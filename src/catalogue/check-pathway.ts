import { didYouMean, type Pathway, type VariableDef } from '../domain/index.js';
import { inspectRule } from '../rules/index.js';
import type { CatalogueIssue } from './issue.js';
import type { YamlFile } from './yaml-file.js';

/**
 * The checks a schema cannot express: every cited source exists, every rule uses known
 * operations and defined variables, eligibility versions do not overlap.
 */
export function checkPathwaySemantics(pathway: Pathway, yaml: YamlFile, variables: readonly VariableDef[]): CatalogueIssue[] {
  const issues: CatalogueIssue[] = [];
  const expectedName = `${pathway.id}.yaml`;
  if (!yaml.file.endsWith(`/${expectedName}`)) {
    issues.push(yaml.issue(['id'], `the file must be named after the pathway id: rename it to ${expectedName}`));
  }
  issues.push(...checkSources(pathway, yaml));
  issues.push(...checkFacts(pathway, yaml));
  issues.push(...checkVersions(pathway, yaml));
  pathway.eligibility.forEach((version, v) => {
    const seen = new Set<string>();
    version.criteria.forEach((criterion, c) => {
      const at = ['eligibility', v, 'criteria', c];
      if (seen.has(criterion.id)) issues.push(yaml.issue([...at, 'id'], `criterion id '${criterion.id}' appears twice in this version`));
      seen.add(criterion.id);
      issues.push(...checkRule(pathway.id, criterion.id, criterion.rule, [...at, 'rule'], yaml, variables));
    });
  });
  return issues;
}

function checkSources(pathway: Pathway, yaml: YamlFile): CatalogueIssue[] {
  const issues: CatalogueIssue[] = [];
  const ids = new Set<string>();
  pathway.sources.forEach((s, i) => {
    if (ids.has(s.id)) issues.push(yaml.issue(['sources', i, 'id'], `source id '${s.id}' is defined twice`));
    ids.add(s.id);
  });
  const visit = (node: unknown, path: PropertyKey[]): void => {
    if (Array.isArray(node)) return node.forEach((child, i) => visit(child, [...path, i]));
    if (typeof node !== 'object' || node === null) return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'sources' && path.length > 0 && Array.isArray(value)) {
        value.forEach((ref, i) => {
          if (typeof ref === 'string' && !ids.has(ref)) {
            issues.push(yaml.issue([...path, key, i], `cites source '${ref}', which is not in this pathway's sources.${didYouMean(ref, ids)} Add it under sources: or fix the id`));
          }
        });
      } else if (key !== 'rule') {
        visit(value, [...path, key]);
      }
    }
  };
  visit(pathway, []);
  return issues;
}

/** A known fact must say where it comes from. */
function checkFacts(pathway: Pathway, yaml: YamlFile): CatalogueIssue[] {
  const facts: [PropertyKey[], { value: unknown; sources: string[] }][] = [
    [['status_granted'], pathway.status_granted], [['duration'], pathway.duration], [['renewable'], pathway.renewable],
    [['path_to_permanence'], pathway.path_to_permanence],
    ...Object.entries(pathway.rights).map(([k, f]) => [['rights', k], f] as [PropertyKey[], typeof f]),
    ...Object.entries(pathway.application).map(([k, f]) => [['application', k], f] as [PropertyKey[], { value: unknown; sources: string[] }]),
  ];
  return facts
    .filter(([, f]) => f.value !== null && f.sources.length === 0)
    .map(([path]) => yaml.issue([...path, 'value'], 'a known value must cite at least one source (sources: [id]); if no source states it, write value: null'));
}

function checkVersions(pathway: Pathway, yaml: YamlFile): CatalogueIssue[] {
  const issues: CatalogueIssue[] = [];
  pathway.eligibility.forEach((v, i) => {
    if (v.valid_to !== null && v.valid_to < v.valid_from) {
      issues.push(yaml.issue(['eligibility', i, 'valid_to'], `valid_to ${v.valid_to} is before valid_from ${v.valid_from}`));
    }
    pathway.eligibility.slice(i + 1).forEach((w, k) => {
      const overlap = v.valid_from <= (w.valid_to ?? '9999-12-31') && w.valid_from <= (v.valid_to ?? '9999-12-31');
      if (overlap) issues.push(yaml.issue(['eligibility', i + 1 + k, 'valid_from'], `overlaps eligibility version ${i} (${v.valid_from} – ${v.valid_to ?? 'open'}); versions must not overlap: end the earlier one the day before`));
    });
  });
  return issues;
}

function checkRule(
  pathwayId: string, criterionId: string, rule: Pathway['eligibility'][number]['criteria'][number]['rule'],
  at: PropertyKey[], yaml: YamlFile, variables: readonly VariableDef[],
): CatalogueIssue[] {
  const defs = new Map(variables.map((v) => [v.id, v]));
  const { variables: uses, problems } = inspectRule(rule);
  const where = `criterion '${criterionId}' of pathway '${pathwayId}'`;
  const issues = problems.map((p) => yaml.issue(at, `${where}: ${p.message} (at ${p.at})`));
  for (const use of uses) {
    if (use.itemOf === null) {
      const id = use.path.split('.')[0] as string;
      if (!defs.has(id)) issues.push(yaml.issue(at, `${where} uses variable '${id}', which is not defined in data/variables.yaml.${didYouMean(id, defs.keys())}`));
    } else {
      const fields = defs.get(use.itemOf)?.fields?.map((f) => f.id);
      const field = use.path.split('.')[0] as string;
      if (fields && !fields.includes(field)) {
        issues.push(yaml.issue(at, `${where} reads field '${field}' of '${use.itemOf}', which has only ${fields.join(', ')}.${didYouMean(field, fields)}`));
      }
    }
  }
  return issues;
}
