import type { FinderVariable } from '../../finder/engine.js';
import type { MessageKey } from '../../i18n/catalogue.js';
import type { Translator } from '../../i18n/translator.js';

/** One relative abroad, as the `family` question records them. */
export type Relative = Record<string, string>;

/** The words of a field's value in a list of objects (`finder.field.relationship.sibling` → "Brother or sister"). */
export function fieldValueText(field: string, value: string, t: Translator['t']): string {
  return field === 'country' ? value : t(`finder.field.${field}.${value}` as MessageKey);
}

/**
 * An answer in words, as the printed summary shows it: country names, dates and options in the
 * reader's language.
 */
export function answerText(variable: FinderVariable, value: unknown, i18n: Translator): string {
  const { t, country, date, list, number } = i18n;
  if (value === null || value === undefined) return t('finder.answer.unknown');
  switch (variable.type) {
    case 'boolean': return t(value ? 'finder.yes' : 'finder.no');
    case 'date': return date(String(value));
    case 'number': return number(Number(value));
    case 'country': return country(String(value));
    case 'country_list': {
      const codes = value as string[];
      return codes.length === 0 ? t('finder.answer.none') : list(codes.map(country));
    }
    case 'enum': return variable.options?.find((o) => o.value === value)?.label ?? String(value);
    case 'object_list': {
      const items = value as Relative[];
      if (items.length === 0) return t('finder.answer.none');
      return items.map((item) => (variable.fields ?? [])
        .map((f) => (f.id === 'country' ? country(item[f.id] ?? '') : fieldValueText(f.id, item[f.id] ?? '', t))).join(', ')).join('; ');
    }
  }
}
