import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { formatPath, type CatalogueIssue } from './issue.js';

/** A parsed YAML file that can tell the line of any path inside it. */
export interface YamlFile {
  file: string;
  data: unknown;
  lineOf(path: readonly PropertyKey[]): number | null;
  issue(path: readonly PropertyKey[], message: string): CatalogueIssue;
}

/**
 * Reads a YAML 1.2 file (so `NO`, Norway's code, stays a string). Syntax errors come back as
 * issues with their line; nothing is thrown.
 */
export function readYamlFile(absolute: string, file: string): { yaml: YamlFile | null; issues: CatalogueIssue[] } {
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch (error) {
    return { yaml: null, issues: [{ file, path: '', line: null, message: `cannot read the file: ${(error as Error).message}` }] };
  }
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      yaml: null,
      issues: doc.errors.map((e) => ({
        file, path: '', line: e.linePos?.[0]?.line ?? null, message: `YAML syntax: ${e.message.split('\n')[0]}`,
      })),
    };
  }
  const lineOf = (path: readonly PropertyKey[]) => nodeLine(doc, counter, path);
  const yaml: YamlFile = {
    file,
    data: doc.toJS({ maxAliasCount: 100 }),
    lineOf,
    issue: (path, message) => ({ file, path: formatPath(path), line: lineOf(path), message }),
  };
  return { yaml, issues: [] };
}

function nodeLine(doc: Document, counter: LineCounter, path: readonly PropertyKey[]): number | null {
  // Walk up to the nearest ancestor present in the file (a missing key reports its parent).
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth) as unknown[], true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === 'object' && node.range) return counter.linePos(node.range[0]).line;
  }
  return null;
}
