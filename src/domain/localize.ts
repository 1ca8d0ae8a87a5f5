import type { Lang } from './lang.js';
import type { Localized } from './localized.js';

/** Picks the text in `lang`, falling back to English. */
export function localize(text: Localized, lang: Lang): string {
  return text[lang] || text.en;
}
