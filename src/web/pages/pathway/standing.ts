import type { PathwayDetail } from '../../api/contract.js';

type Source = PathwayDetail['record']['sources'][number];

/**
 * How firmly a pathway is sourced: `official` when an official text is cited; `unconfirmed`
 * when no official text is, but an international organisation or academic work is;
 * `press_only` when it rests on press reports and secondary sources alone.
 */
export type SourceStanding = 'official' | 'unconfirmed' | 'press_only';

export function sourceStanding(sources: readonly Pick<Source, 'kind'>[]): SourceStanding {
  if (sources.some((s) => s.kind === 'official')) return 'official';
  return sources.every((s) => s.kind === 'press' || s.kind === 'secondary') ? 'press_only' : 'unconfirmed';
}

/** Each source's number as the page cites it (1, 2…, in the record's order). */
export function sourceNumbers(sources: readonly Pick<Source, 'id'>[]): Map<string, number> {
  return new Map(sources.map((s, i) => [s.id, i + 1]));
}
