import { isLang, LANGS, type Lang } from '../../domain/lang.js';

export { isLang, LANGS, type Lang };

/** Each language's own name, as the language switch shows it (always in that language). */
export const LANG_NAMES: Record<Lang, string> = { en: 'English', es: 'Español', pt: 'Português', fr: 'Français' };

/** Splits `/es/explorer` into its language and the page path (`/explorer`); null lang when absent. */
export function splitLangPath(path: string): { lang: Lang | null; rest: string } {
  const match = /^\/([a-z]{2})(\/.*)?$/.exec(path);
  if (match && isLang(match[1])) return { lang: match[1], rest: match[2] ?? '/' };
  return { lang: null, rest: path || '/' };
}

/**
 * The first of the browser's languages (`navigator.languages`) that Vías speaks, else English.
 *
 * @example browserLang(['pt-BR', 'en-US']) // 'pt'
 */
export function browserLang(languages: readonly string[]): Lang {
  for (const tag of languages) {
    const base = tag.slice(0, 2).toLowerCase();
    if (isLang(base)) return base;
  }
  return 'en';
}

/**
 * An app URL in `lang`: the page path (with its query) behind the language prefix.
 *
 * @example langHref('es', '/explorer?type=parole') // '/es/explorer?type=parole'
 */
export function langHref(lang: Lang, pathAndQuery = '/'): string {
  return `/${lang}${pathAndQuery.startsWith('/') ? pathAndQuery : `/${pathAndQuery}`}`;
}

/** The same page and state in another language: swaps the prefix of `url` (path and query). */
export function switchLang(url: string, lang: Lang): string {
  const [path = '/', query] = url.split(/\?(.*)/s, 2);
  const { rest } = splitLangPath(path);
  return langHref(lang, rest) + (query ? `?${query}` : '');
}
