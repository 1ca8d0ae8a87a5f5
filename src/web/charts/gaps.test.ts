import { describe, expect, it } from 'vitest';
import { gapCount, knownRuns, withGaps } from './gaps.js';

describe('charts.withGaps', () => {
  const known = [{ period: '2020-01', value: 5 }, { period: '2020-03', value: 0 }, { period: '2020-04', value: 7 }];

  it('makes a missing month a gap, never a zero, and keeps a real zero', () => {
    const points = withGaps(known, '2019-12', '2020-04');
    expect(points.map((p) => p.value)).toEqual([null, 5, null, 0, 7]);
    expect(gapCount(points)).toBe(2);
  });

  it('breaks the line at each gap', () => {
    const runs = knownRuns(withGaps(known, '2020-01', '2020-04'));
    expect(runs.map((run) => run.map((p) => p.period))).toEqual([['2020-01'], ['2020-03', '2020-04']]);
  });
});
