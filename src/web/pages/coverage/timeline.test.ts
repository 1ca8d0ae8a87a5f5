import { describe, expect, it } from 'vitest';
import { clampDate, dateAtIndex, dayOf, isCalendarDate, lastIndex, monthIndex } from './timeline.js';

const span = { start: '1966-01-01', end: '2025-06-18' };

describe('coverage timeline: slider position ↔ date', () => {
  it('counts months from the first month of the span', () => {
    expect(monthIndex('1966-01-01', span)).toBe(0);
    expect(monthIndex('1966-02-28', span)).toBe(1);
    expect(monthIndex('2023-06-11', span)).toBe(57 * 12 + 5);
    expect(lastIndex(span)).toBe(59 * 12 + 5);
  });

  it('puts a date outside the span at its ends', () => {
    expect(monthIndex('1900-01-01', span)).toBe(0);
    expect(monthIndex('2030-01-01', span)).toBe(lastIndex(span));
  });

  it('goes back from a position to the same day of that month', () => {
    const date = '2023-06-11';
    expect(dateAtIndex(monthIndex(date, span), span, dayOf(date))).toBe(date);
    expect(dateAtIndex(monthIndex(date, span) + 5, span, dayOf(date))).toBe('2023-11-11');
    expect(dateAtIndex(monthIndex(date, span) + 7, span, dayOf(date))).toBe('2024-01-11');
  });

  it('takes the last day of a shorter month, leap years included', () => {
    const from = { start: '2023-01-15', end: '2025-12-31' };
    expect(dateAtIndex(1, from, 31)).toBe('2023-02-28');
    expect(dateAtIndex(13, from, 30)).toBe('2024-02-29');
    expect(dateAtIndex(3, from, 31)).toBe('2023-04-30');
  });

  it('never leaves the span: not before its first day, not after its last', () => {
    expect(dateAtIndex(0, { start: '2023-01-15', end: '2023-12-31' }, 3)).toBe('2023-01-15');
    expect(dateAtIndex(lastIndex(span), span, 30)).toBe('2025-06-18');
    expect(dateAtIndex(10_000, span, 1)).toBe('2025-06-18');
    expect(clampDate('1950-03-03', span)).toBe('1966-01-01');
  });

  it('knows a real calendar day from a look-alike', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2023-13-01')).toBe(false);
    expect(isCalendarDate('2023-6-1')).toBe(false);
    expect(isCalendarDate(undefined)).toBe(false);
  });
});
