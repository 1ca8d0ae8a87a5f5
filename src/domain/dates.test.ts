import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from './dates.js';

/** The definition, through the calendar of `Date`: what isIsoDate must agree with. */
function byCalendar(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

describe('domain.isIsoDate', () => {
  it('accepts leap days only in leap years, and no 30 or 31 February', () => {
    expect(['2024-02-29', '2000-02-29', '1600-02-29', '2023-02-28', '2023-12-31', '0001-01-01'].map(isIsoDate)).toEqual([true, true, true, true, true, true]);
    expect(['2023-02-29', '1900-02-29', '2100-02-29', '2024-02-30', '2023-04-31', '2023-06-31'].map(isIsoDate)).toEqual([false, false, false, false, false, false]);
  });

  it('refuses other shapes: one-digit parts, times, spaces, month 0 or 13, day 0 or 32', () => {
    for (const text of ['2023-1-01', '2023-01-1', '23-01-01', '2023/01/01', ' 2023-01-01', '2023-01-01 ', '2023-01-01T00:00:00Z',
      '2023-00-10', '2023-13-01', '2023-01-00', '2023-01-32', '２０２３-01-01', '2023-0a-01', '', '+02023-01-01']) {
      expect(isIsoDate(text), text).toBe(false);
    }
  });

  it('agrees with the calendar on every day of 1899–2101 and on any ten characters', () => {
    for (let t = Date.UTC(1899, 0, 1); t <= Date.UTC(2101, 11, 31); t += 86_400_000) {
      expect(isIsoDate(new Date(t).toISOString().slice(0, 10))).toBe(true);
    }
    const digit = fc.constantFrom(...'0123456789');
    const twoDigits = fc.tuple(digit, digit).map((d) => d.join(''));
    const dateLike = fc.tuple(fc.tuple(digit, digit, digit, digit).map((d) => d.join('')), twoDigits, twoDigits).map((p) => p.join('-'));
    fc.assert(fc.property(fc.oneof(dateLike, fc.string({ minLength: 8, maxLength: 12 })), (text) => isIsoDate(text) === byCalendar(text)), { numRuns: 20_000 });
  });
});
