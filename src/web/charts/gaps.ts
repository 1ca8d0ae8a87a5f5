import { periodRange } from './periods.js';

/** One period of a chart: its value, or null where the source gives none (a gap, not a zero). */
export interface ChartPoint {
  period: string;
  value: number | null;
}

/**
 * The values of `known` over every period from `first` to `last`: a period the source does not
 * give becomes a gap (`value: null`), never a zero, so the line breaks there and the table says so.
 *
 * @example
 * withGaps([{ period: '2020-01', value: 5 }, { period: '2020-03', value: 7 }], '2020-01', '2020-03')
 * // [{ period: '2020-01', value: 5 }, { period: '2020-02', value: null }, { period: '2020-03', value: 7 }]
 */
export function withGaps(known: readonly ChartPoint[], first: string, last: string): ChartPoint[] {
  const byPeriod = new Map(known.map((p) => [p.period, p.value]));
  return periodRange(first, last).map((period) => ({ period, value: byPeriod.get(period) ?? null }));
}

/** The runs of consecutive known values, e.g. for drawing a line that breaks at each gap. */
export function knownRuns<P extends ChartPoint>(points: readonly P[]): (P & { value: number })[][] {
  const runs: (P & { value: number })[][] = [];
  let run: (P & { value: number })[] = [];
  for (const point of points) {
    if (point.value === null) {
      if (run.length) runs.push(run);
      run = [];
    } else run.push(point as P & { value: number });
  }
  if (run.length) runs.push(run);
  return runs;
}

/** How many periods are gaps. */
export function gapCount(points: readonly ChartPoint[]): number {
  return points.filter((p) => p.value === null).length;
}
