import type { FinderVariable } from '../../finder/engine.js';
import type { MessageKey } from '../../i18n/catalogue.js';

/**
 * The answer the question's control holds, as the engine takes it, or why it cannot be taken
 * yet. A country left in a list's picker counts as added; an empty list means "none".
 */
export function readAnswer(variable: FinderVariable, value: unknown, pending: string, today: string): { value: unknown } | { error: MessageKey } {
  switch (variable.type) {
    case 'country_list': {
      const codes = (value as string[] | undefined) ?? [];
      return { value: pending && !codes.includes(pending) ? [...codes, pending] : codes };
    }
    case 'object_list':
      return { value: value ?? [] };
    case 'date': {
      const text = typeof value === 'string' ? value : '';
      if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return { error: 'finder.error.date' };
      return text > today ? { error: 'finder.error.future' } : { value: text };
    }
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? { value } : { error: 'finder.error.number' };
    default:
      return value === undefined || value === '' ? { error: 'finder.error.choose' } : { value };
  }
}
