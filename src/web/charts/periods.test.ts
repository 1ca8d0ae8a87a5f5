import { describe, expect, it } from 'vitest';
import { dayPosition, granularityOf, periodAt, periodIndex, periodRange } from './periods.js';

describe('charts.periods', () => {
  it('counts months across a year end without a hole', () => {
    expect(periodIndex('2020-01') - periodIndex('2019-12')).toBe(1);
    expect(periodRange('2023-11', '2024-02')).toEqual(['2023-11', '2023-12', '2024-01', '2024-02']);
    expect(periodAt(periodIndex('2024-12'), 'month')).toBe('2024-12');
  });

  it('ranges over years, and refuses to mix months with years', () => {
    expect(periodRange('2018', '2020')).toEqual(['2018', '2019', '2020']);
    expect(() => periodRange('2018', '2020-01')).toThrow(/not a range/);
    expect(granularityOf('2020-13x')).toBeNull();
  });

  it('places a day inside its own month or year, as a fraction of it', () => {
    expect(dayPosition('2023-06-16', 'month') - periodIndex('2023-06')).toBeCloseTo(0.5);
    expect(dayPosition('2023-06-01', 'month')).toBe(periodIndex('2023-06'));
    expect(dayPosition('2024-12-31', 'month')).toBeLessThan(periodIndex('2025-01'));
    expect(dayPosition('2021-07-02', 'year') - 2021).toBeCloseTo(0.5, 2);
  });
});
