import { describe, expect, it } from 'vitest';
import en from './messages/en.js';
import es from './messages/es.js';
import fr from './messages/fr.js';
import { createTranslator } from './translator.js';

describe('web i18n: createTranslator', () => {
  it('formats numbers, calendar dates and country names per locale, without time-zone drift', () => {
    const t = createTranslator('es', es);
    expect(t.number(1234567)).toBe('1.234.567');
    expect(t.date('2023-06-11')).toBe('11 de junio de 2023');
    expect(t.country('VE')).toBe('Venezuela');
    expect(createTranslator('fr', fr).country('US')).toBe('États-Unis');
  });
  it('renders tags of rich messages with the functions given', () => {
    const parts = createTranslator('en', en).rich<{ tag: string; children: unknown[] }>('footer.licence', {
      licence: (children) => ({ tag: 'a', children }), cite: (children) => ({ tag: 'cite', children }),
    });
    expect(parts[0]).toBe('Data under ');
    expect(parts[1]).toEqual({ tag: 'a', children: ['CC BY 4.0'] });
  });
});
