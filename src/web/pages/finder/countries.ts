import type { Translator } from '../../i18n/translator.js';

/** `codes` with their names in the reader's language, sorted as that language sorts. */
export function namedCountries(codes: readonly string[], { country, lang }: Pick<Translator, 'country' | 'lang'>): { code: string; name: string }[] {
  const collator = new Intl.Collator(lang);
  return codes.map((code) => ({ code, name: country(code) })).sort((a, b) => collator.compare(a.name, b.name));
}
