import { describe, expect, it } from 'vitest';
import { frequencies, monthPoints, yearPoints } from './points.js';

describe('statistics.points', () => {
  it('offers months and years for a monthly flow, years only for yearly data, never years of a stock', () => {
    expect(frequencies({ frequency: 'mixed', measure: 'flow' })).toEqual(['monthly', 'yearly']);
    expect(frequencies({ frequency: 'annual', measure: 'stock' })).toEqual(['yearly']);
    expect(frequencies({ frequency: 'monthly', measure: 'stock' })).toEqual(['monthly']);
  });

  it('joins published years with years added up from months, and says which are partial', () => {
    const points = yearPoints(
      [{ key: '2019', name: null, value: 78, periods: 1 }],
      [{ key: '2020', name: null, value: 69, periods: 8 }, { key: '2021', name: null, value: 2819, periods: 12 }],
    );
    expect(points).toEqual([
      { period: '2019', value: 78, months: null, partial: false },
      { period: '2020', value: 69, months: 8, partial: true },
      { period: '2021', value: 2819, months: 12, partial: false },
    ]);
  });

  it('prefers the publisher’s yearly value to a sum of its months', () => {
    const points = yearPoints([{ key: '2020', name: null, value: 100, periods: 1 }], [{ key: '2020', name: null, value: 69, periods: 8 }]);
    expect(points).toEqual([{ period: '2020', value: 100, months: null, partial: false }]);
  });

  it('leaves out values with no period', () => {
    expect(monthPoints([{ key: null, name: null, value: 3, periods: 1 }, { key: '2020-01', name: null, value: 9, periods: 1 }]).map((p) => p.period)).toEqual(['2020-01']);
  });
});
