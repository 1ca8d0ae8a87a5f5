import { z } from 'zod';

/** The languages every user-facing text of the catalogue is written in. */
export const LANGS = ['en', 'es', 'pt', 'fr'] as const;
export type Lang = (typeof LANGS)[number];
export const Lang = z.enum(LANGS);

const text = z.string().trim().min(1, 'must not be empty');

/**
 * A text in all four languages. `drafts` lists the languages whose text is a draft translation
 * awaiting review by a fluent speaker (the web app marks them).
 *
 * @example { en: 'Work permit', es: 'Permiso de trabajo', pt: 'Autorização de trabalho', fr: 'Permis de travail' }
 */
export const Localized = z.strictObject({
  en: text,
  es: text,
  pt: text,
  fr: text,
  drafts: z.array(Lang).optional(),
});
export type Localized = z.infer<typeof Localized>;

/** Picks the text in `lang`, falling back to English. */
export function localize(text: Localized, lang: Lang): string {
  return text[lang] || text.en;
}
