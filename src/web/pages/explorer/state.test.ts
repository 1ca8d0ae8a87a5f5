import { describe, expect, it } from 'vitest';
import { readState, toggle, toSearch, writeState } from './state.js';

describe('web explorer: the state in the URL', () => {
  it('round-trips through the query string', () => {
    const query = 'q=visa&type=parole%2Cregularization&destination=CO&nationality=VE&status_granted=permanent&open_on=2024-06-01&free_of_charge=true&sort=name&view=table';
    const state = readState(Object.fromEntries(new URLSearchParams(query)));
    expect(state).toEqual({
      q: 'visa', type: ['parole', 'regularization'], destination: ['CO'], nationality: ['VE'], status_granted: ['permanent'],
      open_on: '2024-06-01', free_of_charge: 'true', path_to_permanence: null, sort: 'name', view: 'table', compare: [],
    });
    expect(writeState(state)).toBe(query);
  });
  it('keeps the pathways ticked for a comparison, readable, at most four', () => {
    const state = readState({ type: 'parole', compare: 'co-pep,pe-ptp,co-pep,a,b,c' });
    expect(state.compare).toEqual(['co-pep', 'pe-ptp', 'a', 'b']);
    expect(writeState(state)).toBe('type=parole&compare=co-pep,pe-ptp,a,b');
    expect(writeState({ ...state, compare: [] })).toBe('type=parole');
  });
  it('ignores values it cannot read instead of failing', () => {
    expect(readState({ open_on: 'tomorrow', sort: 'random', free_of_charge: 'maybe' })).toMatchObject({ open_on: null, sort: null, free_of_charge: null });
  });
  it('asks for relevance only when there are words to rank by', () => {
    expect(toSearch(readState({ sort: 'relevance' }), 'es', 20).sort).toBeUndefined();
    expect(toSearch(readState({ sort: 'relevance', q: 'visa' }), 'es', 20).sort).toBe('relevance');
  });
  it('toggles a value of a list', () => {
    expect(toggle(['a'], 'b', true)).toEqual(['a', 'b']);
    expect(toggle(['a', 'b'], 'a', false)).toEqual(['b']);
  });
});
