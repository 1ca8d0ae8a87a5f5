import { useEffect, useState } from 'preact/hooks';
import type { ApiPathwaySummary } from '../domain/api.js';
import { LANGS, type Lang } from '../domain/lang.js';
import { fetchPathways } from './api.js';
import { UI } from './i18n.js';
import { PathwayCard } from './pathway-card.js';

type State = { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; pathways: ApiPathwaySummary[] };

/** The home page: every pathway of the catalogue, in the reader's language. */
export function App({ initial }: { initial: Lang }) {
  const [lang, setLang] = useState<Lang>(initial);
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const t = UI[lang];

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `Vías — ${t.title}`;
    const controller = new AbortController();
    setState({ kind: 'loading' });
    fetchPathways(lang, controller.signal)
      .then((pathways) => setState({ kind: 'ready', pathways }))
      .catch(() => { if (!controller.signal.aborted) setState({ kind: 'failed' }); });
    return () => controller.abort();
  }, [lang, attempt]);

  const choose = (next: Lang) => {
    setLang(next);
    const url = new URL(location.href);
    url.searchParams.set('lang', next);
    history.replaceState(null, '', url);
  };

  return (
    <main>
      <header>
        <p class="brand">Vías</p>
        <label>
          {t.language}{' '}
          <select value={lang} onChange={(e) => choose((e.currentTarget as HTMLSelectElement).value as Lang)}>
            {LANGS.map((l) => <option value={l} key={l}>{l.toUpperCase()}</option>)}
          </select>
        </label>
      </header>
      <h1>{t.title}</h1>
      <p class="intro">{t.intro}</p>
      {state.kind === 'loading' ? <p role="status">{t.loading}</p> : null}
      {state.kind === 'failed' ? (
        <p role="alert">{t.failed} <button type="button" onClick={() => setAttempt((n) => n + 1)}>{t.retry}</button></p>
      ) : null}
      {state.kind === 'ready' ? (
        <>
          <p class="count">{t.count(state.pathways.length)}</p>
          <ul class="pathways">{state.pathways.map((p) => <PathwayCard pathway={p} lang={lang} key={p.id} />)}</ul>
        </>
      ) : null}
    </main>
  );
}
