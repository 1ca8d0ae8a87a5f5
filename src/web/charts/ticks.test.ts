import { describe, expect, it } from 'vitest';
import { labelStride, niceTicks } from './ticks.js';

describe('charts.niceTicks', () => {
  it('steps by 1, 2 or 5 times a power of ten, up to a tick above the largest value', () => {
    expect(niceTicks(83_415, 5)).toEqual([0, 20_000, 40_000, 60_000, 80_000, 100_000]);
    expect(niceTicks(100, 5)).toEqual([0, 20, 40, 60, 80, 100]);
    expect(niceTicks(7, 5)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(0.3, 3)).toEqual([0, 0.1, 0.2, 0.3]);
  });

  it('still draws an axis when every value is zero or missing', () => {
    expect(niceTicks(0)).toEqual([0, 1]);
  });

  it('labels fewer periods when they would not fit', () => {
    expect(labelStride(10, 14)).toBe(1);
    expect(labelStride(64, 14)).toBe(6);
  });
});
