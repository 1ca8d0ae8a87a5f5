import { describe, expect, it } from 'vitest';
import { byDestination } from './destinations.js';
import { explorerQuery, readState, writeState } from './state.js';

describe('map page: state in the URL', () => {
  it('reads nationality, type, day and view, and writes them back the same', () => {
    const query = 'nationality=VE&type=parole&on=2023-06-11&view=table';
    const state = readState(Object.fromEntries(new URLSearchParams(query)));
    expect(state).toEqual({ nationality: 'VE', type: 'parole', on: '2023-06-11', view: 'table' });
    expect(writeState(state)).toBe(query);
  });

  it('leaves defaults out: every nationality and type, today, the map', () => {
    expect(readState({})).toEqual({ nationality: null, type: null, on: null, view: 'map' });
    expect(writeState(readState({}))).toBe('');
  });

  it('ignores what it cannot read, and takes a code in lower case', () => {
    expect(readState({ nationality: 'Venezuela', type: 'visa', on: '2023-02-30', view: 'list' })).toEqual({ nationality: null, type: null, on: null, view: 'map' });
    expect(readState({ nationality: 've' }).nationality).toBe('VE');
  });

  it('opens a destination in the explorer with the same filters and day', () => {
    const state = readState({ nationality: 'VE', type: 'parole' });
    expect(explorerQuery(state, 'US', '2023-06-11')).toBe('type=parole&destination=US&nationality=VE&open_on=2023-06-11');
    expect(explorerQuery(readState({}), 'CO', '2024-01-01')).toBe('destination=CO&open_on=2024-01-01');
  });
});

describe('map page: pathways by destination', () => {
  it('counts a pathway in each of its destinations, by type', () => {
    const counts = byDestination([
      { type: 'regional_agreement', destinations: ['AR', 'BR'] },
      { type: 'parole', destinations: ['US'] },
      { type: 'temporary_protection', destinations: ['US', 'US'] },
    ]);
    expect(counts.get('BR')).toEqual({ code: 'BR', count: 1, byType: { regional_agreement: 1 } });
    expect(counts.get('US')).toEqual({ code: 'US', count: 2, byType: { parole: 1, temporary_protection: 1 } });
    expect(counts.has('CO')).toBe(false);
  });
});
