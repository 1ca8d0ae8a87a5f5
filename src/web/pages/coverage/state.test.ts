import { describe, expect, it } from 'vitest';
import { readState, shownRows, writeState } from './state.js';

describe('coverage page: state in the URL', () => {
  it('reads the date, the type and the rows, and writes them back the same', () => {
    const query = 'as_of=2023-06-11&type=temporary_protection&rows=all';
    const state = readState(Object.fromEntries(new URLSearchParams(query)));
    expect(state).toEqual({ as_of: '2023-06-11', type: 'temporary_protection', rows: 'all' });
    expect(writeState(state)).toBe(query);
  });

  it('leaves defaults out of the URL: today, every type, the Americas', () => {
    expect(readState({})).toEqual({ as_of: null, type: null, rows: 'americas' });
    expect(writeState(readState({}))).toBe('');
  });

  it('ignores what it cannot read instead of failing', () => {
    expect(readState({ as_of: '2023-02-30', type: 'visa', rows: 'some' })).toEqual({ as_of: null, type: null, rows: 'americas' });
  });

  it('shows the nationalities of the Americas unless asked for all', () => {
    expect(shownRows(['AR', 'DE', 'HT', 'SY', 'VE'], 'americas')).toEqual(['AR', 'HT', 'VE']);
    expect(shownRows(['AR', 'DE', 'HT'], 'all')).toEqual(['AR', 'DE', 'HT']);
  });
});
