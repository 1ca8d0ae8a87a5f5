import type { z } from 'zod';
import { didYouMean } from '../domain/index.js';
import type { CatalogueIssue } from './issue.js';
import type { YamlFile } from './yaml-file.js';

/** Turns schema errors into catalogue issues with line numbers and a hint at the fix. */
export function schemaIssues(yaml: YamlFile, error: z.ZodError, knownKeys: readonly string[] = []): CatalogueIssue[] {
  return error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys;
      const hint = issue.path.length === 0 ? keys.map((k) => didYouMean(k, knownKeys)).join('') : '';
      return yaml.issue([...issue.path, keys[0] ?? ''], `unknown field${keys.length > 1 ? 's' : ''} ${keys.map((k) => `'${k}'`).join(', ')}.${hint}`);
    }
    if (issue.code === 'invalid_type' && issue.input === undefined) {
      return yaml.issue(issue.path, `is required (${issue.expected}); add it, or write null where the schema allows unknown`);
    }
    return yaml.issue(issue.path, issue.message);
  });
}
