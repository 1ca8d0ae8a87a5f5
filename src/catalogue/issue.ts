/** A problem found in a catalogue file: where it is and how to fix it. */
export interface CatalogueIssue {
  /** Path of the file relative to the data directory's parent, e.g. `data/pathways/co/co-pep.yaml`. */
  file: string;
  /** Where in the file, as a JSON path, e.g. `eligibility[0].criteria[2].rule`. Empty for the whole file. */
  path: string;
  /** 1-based line in the file, when known. */
  line: number | null;
  message: string;
}

/** Formats an issue the way compilers do: `file:line path: message`. */
export function formatIssue(issue: CatalogueIssue): string {
  const where = issue.line === null ? issue.file : `${issue.file}:${issue.line}`;
  return `${where}${issue.path ? ` ${issue.path}` : ''}: ${issue.message}`;
}

/** Renders a path of keys and indexes as `a.b[0].c`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    return acc === '' ? String(key) : `${acc}.${String(key)}`;
  }, '');
}
