import { useEffect, useMemo, useState } from 'preact/hooks';
import { createEngine } from '../../finder/engine.js';
import { finderDataUrl, loadFinderData } from '../../finder/data.js';
import { answer, ask, back, current, EMPTY_INTERVIEW, profileOf, skip } from '../../finder/interview.js';
import { keepForOffline } from '../../finder/offline.js';
import { groupResults } from '../../finder/results.js';
import { forgetSession, useFinderSession } from '../../finder/session.js';
import { useI18n } from '../../i18n/i18n.js';
import { localToday } from '../../ui/dates.js';
import { ErrorNotice, Loading } from '../../ui/status.js';
import { useApi } from '../../ui/use-api.js';
import { useTitle } from '../../ui/use-title.js';
import { PrintedAnswers } from './print-summary.js';
import { Question } from './question.js';
import { QuickExit } from './quick-exit.js';
import { Results } from './results.js';

/**
 * The finder: one question at a time, chosen by the rules engine running in this page on the
 * catalogue's rules, then the pathways grouped by outcome with what decides them and why. The
 * answers stay in memory (finder/session.ts): no request, storage or URL ever holds one.
 */
export default function Finder() {
  const { t, lang, date } = useI18n();
  useTitle(t('finder.title'));
  const [data, retry] = useApi((signal) => loadFinderData(lang, signal), [lang]);
  // Only data in the page's language: after a switch, the old language's words are not shown.
  const fresh = data.data?.lang === lang ? data.data : undefined;
  const engine = useMemo(() => (fresh ? createEngine(fresh) : null), [fresh]);
  const [session, setSession] = useFinderSession();
  const [printing, setPrinting] = useState(false);
  const today = localToday();

  useEffect(() => { if (data.state === 'ready') keepForOffline([finderDataUrl(lang)]); }, [data.state, lang]);
  useEffect(() => {
    if (!printing) return;
    window.print();
    setPrinting(false);
  }, [printing]);

  const { interview, view } = session;
  const asOf = session.asOf ?? today;
  const next = engine ? current(interview, engine, asOf) : null;
  const asked = next?.question ? engine?.variable(next.question.variable) : undefined;
  const results = engine && (view === 'results' || !next?.question) ? groupResults(engine, profileOf(interview), asOf) : null;
  // Focus follows the steps once the person has acted, not when they arrive at the page.
  const [acted, setActed] = useState(false);
  const set = (changes: Partial<typeof session>) => {
    setActed(true);
    setSession({ ...session, ...changes });
  };

  return (
    <div class="finder">
      <QuickExit />
      <h1>{t('finder.title')}</h1>
      <p class="lead">{t('finder.lead')}</p>
      <p class="finder-privacy">{t('finder.privacy')}</p>
      {data.state === 'failed' && !engine ? <ErrorNotice error={data.error} retry={retry} /> : null}
      {!engine ? (data.state === 'loading' ? <Loading /> : null) : results ? (
        <>
          <Results results={results} canContinue={Boolean(next?.question)} canGoBack={interview.steps.length > 0} printing={printing} focus={acted}
            onContinue={() => set({ view: 'question' })}
            onBack={() => set({ interview: back(interview), view: 'question' })}
            onAsk={(v) => set({ interview: ask(interview, v.id), view: 'question' })}
            onPrint={() => setPrinting(true)}
            onDate={(date) => set({ asOf: date })}
            onRestart={() => { forgetSession(); set({ interview: EMPTY_INTERVIEW, view: 'question', asOf: null }); }} />
          {printing ? <PrintedAnswers interview={interview} engine={engine} /> : null}
        </>
      ) : asked && next?.question ? (
        <Question key={`${asked.id}-${interview.steps.length}`} variable={asked}
          previous={next.previous} countries={engine.data.countries} today={today}
          number={interview.steps.length + 1} settled={engine.pathways.length - next.question.unknown} total={engine.pathways.length}
          canGoBack={interview.steps.length > 0} focus={acted}
          onAnswer={(value) => set({ interview: answer(interview, asked.id, value) })}
          onSkip={() => set({ interview: skip(interview, asked.id) })}
          onBack={() => set({ interview: back(interview) })}
          onResults={() => set({ view: 'results' })} />
      ) : null}
      {engine ? <p class="finder-data-date">{t('finder.dataAsOf', { date: date(engine.data.generated) })}</p> : null}
    </div>
  );
}
