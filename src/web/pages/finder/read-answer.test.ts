import { describe, expect, it } from 'vitest';
import type { FinderVariable } from '../../finder/engine.js';
import { readAnswer } from './read-answer.js';

const variable = (type: FinderVariable['type']): FinderVariable => ({ id: 'x', type, question: 'Q?', help: 'H.' });
const today = '2026-11-29';

describe('finder: reading an answer from its control', () => {
  it('counts the country left in the picker as added, and an empty list as "none"', () => {
    expect(readAnswer(variable('country_list'), ['VE'], 'CO', today)).toEqual({ value: ['VE', 'CO'] });
    expect(readAnswer(variable('country_list'), ['VE'], 'VE', today)).toEqual({ value: ['VE'] });
    expect(readAnswer(variable('country_list'), undefined, '', today)).toEqual({ value: [] });
    expect(readAnswer(variable('object_list'), undefined, '', today)).toEqual({ value: [] });
  });

  it('asks for a whole date, not in the future', () => {
    expect(readAnswer(variable('date'), '2019-06-10', '', today)).toEqual({ value: '2019-06-10' });
    expect(readAnswer(variable('date'), undefined, '', today)).toEqual({ error: 'finder.error.date' });
    expect(readAnswer(variable('date'), '2027-01-01', '', today)).toEqual({ error: 'finder.error.future' });
  });

  it('asks for a choice rather than guessing one', () => {
    expect(readAnswer(variable('boolean'), false, '', today)).toEqual({ value: false });
    expect(readAnswer(variable('boolean'), undefined, '', today)).toEqual({ error: 'finder.error.choose' });
    expect(readAnswer(variable('country'), '', '', today)).toEqual({ error: 'finder.error.choose' });
    expect(readAnswer(variable('number'), Number.NaN, '', today)).toEqual({ error: 'finder.error.number' });
  });
});
