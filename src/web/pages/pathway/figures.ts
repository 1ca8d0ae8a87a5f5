import type { PathwayDetail } from '../../api/contract.js';

type Figure = PathwayDetail['record']['figures'][number];

/** A bar of the figures chart: the figure, and its length as a share of the largest (0–1). */
export interface FigureBar {
  figure: Figure;
  share: number;
}

/**
 * The pathway's figures as bars, in date order (then in the record's order), each as long as its
 * share of the largest count, so a reader sees both when each was reported and how they compare.
 */
export function figureBars(figures: readonly Figure[]): FigureBar[] {
  const largest = Math.max(0, ...figures.map((f) => f.count));
  return [...figures]
    .sort((a, b) => (a.as_of < b.as_of ? -1 : a.as_of > b.as_of ? 1 : 0))
    .map((figure) => ({ figure, share: largest > 0 ? figure.count / largest : 0 }));
}
