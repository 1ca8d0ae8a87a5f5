import { describe, expect, it } from 'vitest';
import { periodBounds, usFiscalYear } from './periods.js';
import { SeriesQueryError } from './statistics-errors.js';

/** Whether a stored period falls inside the bounds, applied exactly as the SQL applies them. */
function inside(period: string, from?: string, to?: string): boolean {
  const b = periodBounds(from, to);
  return (b.lower === undefined || period >= b.lower) && (b.upperExclusive === undefined || period < b.upperExclusive) && !b.excluded.includes(period);
}

describe('store.periodBounds', () => {
  it('keeps an observation only when its whole period lies inside the range', () => {
    expect(inside('2015', '2015-01', '2015-12')).toBe(true);
    expect(inside('2015', '2015-01-01', '2015-12-31')).toBe(true);
    expect(inside('2015', '2015-03')).toBe(false);
    expect(inside('2015', undefined, '2015-06')).toBe(false);
    expect(inside('2015-06', undefined, '2015-06-29')).toBe(false);
    expect(inside('2015-06', undefined, '2015-06-30')).toBe(true);
    expect(inside('2016-02', undefined, '2016-02-29')).toBe(true);
  });
  it('reads from and to as inclusive at every granularity', () => {
    expect(inside('2023-01', '2023', '2023')).toBe(true);
    expect(inside('2023-12-31', '2023', '2023')).toBe(true);
    expect(inside('2024-01', '2023', '2023')).toBe(false);
    expect(inside('2022-12', '2023', '2023')).toBe(false);
    expect(inside('2023-06', '2023-06', '2023-06')).toBe(true);
    expect(inside('2023-07', '2023-06', '2023-06')).toBe(false);
    expect(inside('2019', '2010', '2024-04')).toBe(true);
    expect(inside('2024-04', '2010', '2024-04')).toBe(true);
  });
  it('rolls a year over into the next when the range ends in December', () => {
    expect(periodBounds(undefined, '2023-12')).toEqual({ upperExclusive: '2024', excluded: [] });
    expect(periodBounds(undefined, '2023-12-31')).toEqual({ upperExclusive: '2024', excluded: [] });
    expect(periodBounds('2021', '2024-06')).toEqual({ lower: '2021', upperExclusive: '2024-07', excluded: ['2024'] });
    expect(periodBounds(undefined, '2024-02-10')).toEqual({ upperExclusive: '2024-02-11', excluded: ['2024-02', '2024'] });
  });
  it('refuses a malformed period or a range that ends before it starts, naming the field', () => {
    const error = (from?: string, to?: string) => {
      try {
        periodBounds(from, to);
      } catch (e) {
        return e instanceof SeriesQueryError ? [e.code, e.field, e.message] : e;
      }
      return undefined;
    };
    expect(error('2023-13')).toEqual(['invalid_period', 'from', expect.stringContaining('YYYY, YYYY-MM or YYYY-MM-DD')]);
    expect(error(undefined, 'FY2023')).toEqual(['invalid_period', 'to', expect.stringContaining("'FY2023'")]);
    expect(error('2024', '2023-12')).toEqual(['invalid_period', 'from', 'from=2024 is after to=2023-12; swap them']);
    expect(error('2023-12-31', '2023-12')).toBeUndefined();
  });
});

describe('store.usFiscalYear', () => {
  it('names the October–September year by the year it ends, as CBP does', () => {
    expect(usFiscalYear('2022-09')).toBe('FY2022');
    expect(usFiscalYear('2022-10')).toBe('FY2023');
    expect(usFiscalYear('2023-09-30')).toBe('FY2023');
  });
});
