import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Pathway, VariableDefs, type VariableDef } from '../domain/index.js';
import { checkPathwaySemantics } from './check-pathway.js';
import type { CatalogueIssue } from './issue.js';
import { readYamlFile } from './yaml-file.js';
import { schemaIssues } from './zod-issues.js';

/** The catalogue as validated domain objects. */
export interface Catalogue {
  variables: VariableDef[];
  pathways: Pathway[];
}

export interface CatalogueRead {
  catalogue: Catalogue;
  /** Every problem found; the catalogue is only usable when this is empty. */
  issues: CatalogueIssue[];
}

/** YAML files under `dir`, sorted, relative to `dir`. */
export function yamlFilesUnder(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
      .sort();
  } catch {
    return [];
  }
}

/**
 * Reads and validates `data/`: variables.yaml and every pathway under pathways/. Never throws
 * on bad data: each problem is an issue naming the file, the path, the line and the fix.
 */
export function readCatalogue(dataDir: string): CatalogueRead {
  const base = join(dataDir, '..');
  const issues: CatalogueIssue[] = [];
  const variables = readVariables(dataDir, base, issues);
  const pathways: Pathway[] = [];
  const seen = new Map<string, string>();
  const files = yamlFilesUnder(join(dataDir, 'pathways'));
  if (files.length === 0) issues.push({ file: relative(base, join(dataDir, 'pathways')), path: '', line: null, message: 'no pathway files found (expected data/pathways/<group>/<id>.yaml)' });
  for (const name of files) {
    const { yaml, issues: syntax } = readYamlFile(join(dataDir, 'pathways', name), relative(base, join(dataDir, 'pathways', name)));
    issues.push(...syntax);
    if (!yaml) continue;
    const parsed = Pathway.safeParse(yaml.data);
    if (!parsed.success) {
      issues.push(...schemaIssues(yaml, parsed.error, Object.keys(Pathway.shape)));
      continue;
    }
    const pathway = parsed.data;
    const previous = seen.get(pathway.id);
    if (previous) issues.push(yaml.issue(['id'], `pathway id '${pathway.id}' is already used by ${previous}; ids must be unique`));
    seen.set(pathway.id, yaml.file);
    issues.push(...checkPathwaySemantics(pathway, yaml, variables));
    pathways.push(pathway);
  }
  pathways.sort((a, b) => a.id.localeCompare(b.id));
  return { catalogue: { variables, pathways }, issues };
}

function readVariables(dataDir: string, base: string, issues: CatalogueIssue[]): VariableDef[] {
  const path = join(dataDir, 'variables.yaml');
  const { yaml, issues: syntax } = readYamlFile(path, relative(base, path));
  issues.push(...syntax);
  if (!yaml) return [];
  const parsed = VariableDefs.safeParse(yaml.data);
  if (!parsed.success) {
    issues.push(...schemaIssues(yaml, parsed.error));
    return [];
  }
  return parsed.data;
}
