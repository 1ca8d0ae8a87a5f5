import type { Coverage } from '../../api/contract.js';
import type { PathwayType } from '../../map/pathway-types.js';

export type CoverageCell = Coverage['cells'][number];

/** The cells of `coverage` by nationality, then destination. */
export function indexCells(coverage: Coverage): Map<string, Map<string, CoverageCell>> {
  const rows = new Map<string, Map<string, CoverageCell>>();
  for (const cell of coverage.cells) {
    let row = rows.get(cell.nationality);
    if (!row) rows.set(cell.nationality, (row = new Map()));
    row.set(cell.destination, cell);
  }
  return rows;
}

/** How many pathways `cell` counts, of `type` only when one is chosen. */
export function countOf(cell: CoverageCell | undefined, type: PathwayType | null): number {
  if (!cell) return 0;
  return type ? cell.by_type[type] ?? 0 : cell.count;
}

/** The largest count of any cell of `rows`. */
export function maxCount(cells: Map<string, Map<string, CoverageCell>>, rows: readonly string[], type: PathwayType | null): number {
  let max = 0;
  for (const code of rows) for (const cell of cells.get(code)?.values() ?? []) max = Math.max(max, countOf(cell, type));
  return max;
}

/** `codes` ordered by their names in the reader's language. */
export function byName(codes: readonly string[], name: (code: string) => string, lang: string): string[] {
  const collator = new Intl.Collator(lang);
  return codes.map((code) => ({ code, name: name(code) })).sort((a, b) => collator.compare(a.name, b.name)).map((c) => c.code);
}
