import { describe, expect, it } from 'vitest';
import type { FinderVariable } from '../../finder/engine.js';
import es from '../../i18n/messages/es.js';
import { createTranslator } from '../../i18n/translator.js';
import { answerText } from './answer-text.js';

const i18n = createTranslator('es', es);
const variable = (type: FinderVariable['type'], extra: Partial<FinderVariable> = {}): FinderVariable => ({ id: 'x', type, question: 'Q?', help: 'H.', ...extra });

describe('finder: an answer in words, as the printed summary shows it', () => {
  it('names countries, dates and choices in the reader’s language', () => {
    expect(answerText(variable('country_list'), ['VE', 'CO'], i18n)).toBe('Venezuela y Colombia');
    expect(answerText(variable('country_list'), [], i18n)).toBe('Ninguno');
    expect(answerText(variable('date'), '2019-06-10', i18n)).toBe('10 de junio de 2019');
    expect(answerText(variable('boolean'), false, i18n)).toBe('No');
    expect(answerText(variable('enum', { options: [{ value: 'none', label: 'Ninguna' }] }), 'none', i18n)).toBe('Ninguna');
  });

  it('describes each relative abroad', () => {
    const family = variable('object_list', {
      fields: [{ id: 'country', type: 'country' }, { id: 'relationship', type: 'enum', options: ['sibling'] }, { id: 'status', type: 'enum', options: ['citizen'] }],
    });
    expect(answerText(family, [{ country: 'US', relationship: 'sibling', status: 'citizen' }], i18n)).toBe('Estados Unidos, Hermano o hermana, Ciudadano o ciudadana');
  });
});
