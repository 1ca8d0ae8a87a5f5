import { describe, expect, it } from 'vitest';
import { readState, resolveRange, withFrequency, withIndicator, withOrigin, writeState } from './state.js';

describe('statistics.state', () => {
  it('reads and writes every part of the view, so the URL restores it', () => {
    const query = 'indicator=cbp.sw_border_encounters&origin=HTI&frequency=yearly&from=2021&to=2023&view=table&marks=us-chnv-parole,us-tps-haiti&events=all';
    const state = readState(Object.fromEntries(new URLSearchParams(query)));
    expect(state).toEqual({
      indicator: 'cbp.sw_border_encounters', origin: 'HTI', frequency: 'yearly', from: '2021', to: '2023',
      view: 'table', marks: ['us-chnv-parole', 'us-tps-haiti'], events: 'all',
    });
    expect(writeState(state)).toBe(query);
  });

  it('falls back to the Darién chart of the default origin, and ignores what it cannot read', () => {
    const state = readState({ indicator: '<script>', origin: 'venezuela', from: '2023-13', view: 'pie', marks: 'ok-id,Bad Id' });
    expect(state).toMatchObject({ indicator: 'darien.transits', origin: null, from: null, view: 'chart', marks: ['ok-id'] });
    expect(writeState(readState({}))).toBe('indicator=darien.transits');
  });

  it('tells "no pathway marked" apart from "the default marks"', () => {
    const none = readState({ marks: 'none' });
    expect(none.marks).toEqual([]);
    expect(writeState(none)).toContain('marks=none');
    expect(readState({}).marks).toBeNull();
  });

  it('resets what belongs to the old series, origin or frequency', () => {
    const state = readState({ indicator: 'darien.transits', origin: 'HTI', frequency: 'yearly', from: '2021', marks: 'none' });
    expect(withIndicator(state, 'cbp.sw_border_encounters')).toMatchObject({ origin: 'HTI', frequency: null, from: null, marks: null });
    expect(withOrigin(state, 'CUB')).toMatchObject({ from: '2021', marks: null });
    expect(withFrequency(state, 'monthly')).toMatchObject({ frequency: 'monthly', from: null, to: null });
  });

  it('keeps the period inside what the series has, in order', () => {
    const available = ['2020', '2021', '2022', '2023'];
    expect(resolveRange({ from: null, to: null }, available)).toEqual({ from: '2020', to: '2023' });
    expect(resolveRange({ from: '2023', to: '2021' }, available)).toEqual({ from: '2021', to: '2023' });
    expect(resolveRange({ from: '1999', to: '2022' }, available)).toEqual({ from: '2020', to: '2022' });
    expect(resolveRange({ from: null, to: null }, [])).toBeNull();
  });
});
