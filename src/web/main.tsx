import { render } from 'preact';
import { App } from './app.js';
import { loadMessages } from './i18n/catalogue.js';
import { browserLang, splitLangPath } from './i18n/lang.js';
import './styles.css';

// The first render waits for the messages of the page's language, so no key ever flashes.
const lang = splitLangPath(location.pathname).lang ?? browserLang(navigator.languages);
const root = document.getElementById('app') as HTMLElement;
loadMessages(lang).then(
  (messages) => render(<App initial={{ lang, messages }} />, root),
  (error: unknown) => {
    console.error(error);
    // Nothing of the interface could be loaded, not even its words: say so in the page's four languages.
    root.textContent = 'Vías could not be loaded. · No se pudo cargar Vías. · Não foi possível carregar o Vías. · Impossible de charger Vías.';
  },
);
