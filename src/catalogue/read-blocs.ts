import { join, relative } from 'node:path';
import { Bloc, didYouMean } from '../domain/index.js';
import type { CatalogueIssue } from './issue.js';
import { readYamlFile } from './yaml-file.js';
import { schemaIssues } from './zod-issues.js';

/** data/blocs.yaml: regional blocs and their sourced memberships. */
export function readBlocs(dataDir: string): { blocs: Bloc[]; issues: CatalogueIssue[] } {
  const path = join(dataDir, 'blocs.yaml');
  const { yaml, issues } = readYamlFile(path, relative(join(dataDir, '..'), path));
  if (!yaml) return { blocs: [], issues };
  const parsed = Bloc.array().safeParse(yaml.data);
  if (!parsed.success) return { blocs: [], issues: schemaIssues(yaml, parsed.error) };
  const ids = new Set<string>();
  parsed.data.forEach((bloc, b) => {
    if (ids.has(bloc.id)) issues.push(yaml.issue([b, 'id'], `bloc id '${bloc.id}' appears twice`));
    ids.add(bloc.id);
    const sources = new Set(bloc.sources.map((s) => s.id));
    bloc.members.forEach((m, i) => m.sources.forEach((ref, k) => {
      if (!sources.has(ref)) issues.push(yaml.issue([b, 'members', i, 'sources', k], `cites source '${ref}', which is not in this bloc's sources.${didYouMean(ref, sources)}`));
    }));
  });
  return { blocs: parsed.data, issues };
}
