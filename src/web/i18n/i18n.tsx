import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { loadMessages, type Messages } from './catalogue.js';
import type { Lang } from './lang.js';
import { createTranslator, type Translator } from './translator.js';

const I18nContext = createContext<Translator | null>(null);

/** The current language's words and formats. */
export function useI18n(): Translator {
  const translator = useContext(I18nContext);
  if (!translator) throw new Error('useI18n() outside <I18nProvider>');
  return translator;
}

/**
 * Speaks `lang`, starting with `initial` (loaded before the first render, so no key ever shows).
 * When `lang` changes, the page keeps the old words until the new language's messages arrive,
 * then switches at once; `<html lang>` follows.
 */
export function I18nProvider({ lang, initial, children }: { lang: Lang; initial: { lang: Lang; messages: Messages }; children: ComponentChildren }) {
  const [current, setCurrent] = useState(initial);
  useEffect(() => {
    if (lang === current.lang) return;
    let live = true;
    loadMessages(lang)
      .then((messages) => { if (live) setCurrent({ lang, messages }); })
      .catch((error: unknown) => console.error(`the ${lang} messages could not be loaded`, error));
    return () => { live = false; };
  }, [lang, current.lang]);
  useEffect(() => { document.documentElement.lang = current.lang; }, [current.lang]);
  const translator = useMemo(() => createTranslator(current.lang, current.messages), [current]);
  return <I18nContext.Provider value={translator}>{children}</I18nContext.Provider>;
}
