import { describe, expect, it } from 'vitest';
import { browserLang, langHref, splitLangPath, switchLang } from './lang.js';

describe('web i18n: languages in the URL', () => {
  it('reads the language prefix and the page path', () => {
    expect(splitLangPath('/es/explorer')).toEqual({ lang: 'es', rest: '/explorer' });
    expect(splitLangPath('/fr')).toEqual({ lang: 'fr', rest: '/' });
    expect(splitLangPath('/explorer')).toEqual({ lang: null, rest: '/explorer' });
    expect(splitLangPath('/de/explorer')).toEqual({ lang: null, rest: '/de/explorer' });
  });
  it('switches the language and keeps the page and its state', () => {
    expect(switchLang('/es/explorer?type=parole&q=visa', 'en')).toBe('/en/explorer?type=parole&q=visa');
    expect(switchLang('/pt/', 'fr')).toBe('/fr/');
    expect(langHref('es', 'data')).toBe('/es/data');
  });
  it('takes the first browser language Vías speaks, else English', () => {
    expect(browserLang(['de-DE', 'pt-BR', 'en'])).toBe('pt');
    expect(browserLang(['ja'])).toBe('en');
  });
});
