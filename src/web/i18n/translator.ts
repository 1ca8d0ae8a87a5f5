import { IntlMessageFormat, type FormatXMLElementFn, type PrimitiveType } from 'intl-messageformat';
import type { MessageKey, Messages } from './catalogue.js';
import type { Lang } from './lang.js';

/** Values a message may interpolate: text and numbers, or parts (links…) for `rich`. */
export type MessageValues = Record<string, PrimitiveType>;
/** A tag of a rich message (`<link>…</link>`) becomes whatever its function makes of its children. */
export type RichValues<Part> = Record<string, PrimitiveType | Part | FormatXMLElementFn<Part>>;

/**
 * Words and formats of one language: messages in ICU MessageFormat (plurals, selects, numbers),
 * numbers, dates and country names from the browser's own `Intl` data (no download).
 */
export interface Translator {
  lang: Lang;
  /** The message `key` with `values` filled in. */
  t(key: MessageKey, values?: MessageValues): string;
  /** The message `key` as parts, where tags such as `<link>` become `Part`s (links, emphasis…). */
  rich<Part>(key: MessageKey, values: RichValues<Part>): (string | Part)[];
  number(value: number, options?: Intl.NumberFormatOptions): string;
  /** A calendar date (`YYYY-MM-DD`, no time zone), e.g. "11 June 2023". */
  date(isoDate: string, style?: 'long' | 'medium' | 'short'): string;
  /** A country's name from its ISO 3166-1 alpha-2 code (the code itself if the browser lacks it). */
  country(code: string): string;
  /** "a, b and c". */
  list(items: readonly string[]): string;
}

/**
 * The translator of `lang` over its `messages`. Messages are compiled once, on first use.
 *
 * @example createTranslator('es', messages).t('explorer.count', { count: 3 }) // '3 vías'
 */
export function createTranslator(lang: Lang, messages: Messages): Translator {
  const compiled = new Map<MessageKey, IntlMessageFormat>();
  const compile = (key: MessageKey) => {
    let format = compiled.get(key);
    if (!format) {
      format = new IntlMessageFormat(messages[key] ?? key, lang);
      compiled.set(key, format);
    }
    return format;
  };
  const numbers = new Map<string, Intl.NumberFormat>();
  const dates = new Map<string, Intl.DateTimeFormat>();
  const regions = new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' });
  const lists = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' });

  return {
    lang,
    t: (key, values) => String(compile(key).format(values)),
    rich: <Part>(key: MessageKey, values: RichValues<Part>) => {
      const out = compile(key).format<Part>(values);
      return Array.isArray(out) ? (out as (string | Part)[]) : [out as string | Part];
    },
    number: (value, options = {}) => {
      const id = JSON.stringify(options);
      let format = numbers.get(id);
      if (!format) numbers.set(id, (format = new Intl.NumberFormat(lang, options)));
      return format.format(value);
    },
    date: (isoDate, style = 'long') => {
      let format = dates.get(style);
      // A date of the catalogue is a calendar day: formatted in UTC so no time zone shifts it.
      if (!format) dates.set(style, (format = new Intl.DateTimeFormat(lang, { dateStyle: style, timeZone: 'UTC' })));
      const time = Date.parse(`${isoDate}T00:00:00Z`);
      return Number.isNaN(time) ? isoDate : format.format(time);
    },
    country: (code) => {
      try {
        return regions.of(code) ?? code;
      } catch {
        return code;
      }
    },
    list: (items) => lists.format(items),
  };
}
