import { describe, expect, it } from 'vitest';
import { parseDuration } from './duration.js';

describe('web pathway: durations', () => {
  it('reads the parts of the durations the catalogue writes', () => {
    expect(parseDuration('P10Y')).toEqual({ years: 10, months: 0, weeks: 0, days: 0 });
    expect(parseDuration('P1Y6M')).toEqual({ years: 1, months: 6, weeks: 0, days: 0 });
    expect(parseDuration('P180D')).toEqual({ years: 0, months: 0, weeks: 0, days: 180 });
  });
  it('refuses what is not one, so the raw text is never shown as a duration', () => {
    expect(parseDuration('P')).toBeNull();
    expect(parseDuration('PT5H')).toBeNull();
    expect(parseDuration('2 years')).toBeNull();
  });
});
