import { z } from 'zod';
import { LANGS } from './lang.js';

export const LangSchema = z.enum(LANGS);

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
  drafts: z.array(LangSchema).optional(),
});
export type Localized = z.infer<typeof Localized>;

// In a file of its own, without zod, so that the rules engine carries no schema into the browser.
export { localize } from './localize.js';
