import type en from './messages/en.js';
import type { Lang } from './lang.js';

/** Every key of the interface's messages; English (`messages/en.ts`) defines them. */
export type MessageKey = keyof typeof en;
/** One language's messages: an ICU MessageFormat string for every key. */
export type Messages = Record<MessageKey, string>;

// One chunk per language: a reader downloads only the messages of the language they read.
const LOADERS: Record<Lang, () => Promise<{ default: Messages }>> = {
  en: () => import('./messages/en.js'),
  es: () => import('./messages/es.js'),
  pt: () => import('./messages/pt.js'),
  fr: () => import('./messages/fr.js'),
};

/** The messages of `lang`, fetched once (a later call returns the same promise). */
const loaded = new Map<Lang, Promise<Messages>>();
export function loadMessages(lang: Lang): Promise<Messages> {
  let messages = loaded.get(lang);
  if (!messages) {
    messages = LOADERS[lang]().then((m) => m.default);
    // A failed download (offline, a deploy replaced the chunk) may be retried later.
    messages.catch(() => loaded.delete(lang));
    loaded.set(lang, messages);
  }
  return messages;
}
