import { render } from 'preact';
import { App } from './app.js';
import { initialLang } from './i18n.js';
import './styles.css';

render(<App initial={initialLang(location.search, navigator.languages)} />, document.getElementById('app') as HTMLElement);
