/** The languages every user-facing text of the catalogue is written in. */
export const LANGS = ['en', 'es', 'pt', 'fr'] as const;
export type Lang = (typeof LANGS)[number];

/** True for one of the catalogue languages. */
export function isLang(value: unknown): value is Lang {
  return (LANGS as readonly unknown[]).includes(value);
}
