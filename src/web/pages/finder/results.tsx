import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { FinderPathway, FinderVariable } from '../../finder/engine.js';
import type { ClosedResult, FinderResults } from '../../finder/results.js';
import type { MessageKey } from '../../i18n/catalogue.js';
import { useI18n } from '../../i18n/i18n.js';
import { pageHref } from '../../routes.js';
import { localToday } from '../../ui/dates.js';

/** A pathway's name, kind and places. */
function Head({ pathway }: { pathway: FinderPathway }) {
  const { t, list, country } = useI18n();
  return (
    <>
      <h4>{pathway.name}</h4>
      <p class="meta">{t(`type.${pathway.type}` as MessageKey)} · {list(pathway.destinations.map(country))}</p>
    </>
  );
}

/** What to do next: the official channel, how to apply, whether it is free, and the pathway's page. */
function NextSteps({ pathway }: { pathway: FinderPathway }) {
  const { t, rich, list, lang } = useI18n();
  return (
    <div class="finder-next">
      <p>
        {pathway.official_url
          ? rich('finder.next.official', { link: (parts) => <a href={pathway.official_url ?? undefined} rel="noopener noreferrer">{parts}</a> })
          : t('finder.next.noOfficial')}
        {pathway.channels && pathway.channels.length > 0
          ? <> {t('finder.next.channels', { channels: list(pathway.channels.map((c) => t(`finder.channel.${c}` as MessageKey))) })}</>
          : null}
      </p>
      {pathway.free_of_charge ? <p class="finder-free"><strong>{t('finder.next.free')}</strong> {t('finder.next.scam')}</p> : null}
      <p><a href={pageHref(lang, `/pathways/${pathway.id}`)}>{t('finder.next.details', { name: pathway.name })}</a></p>
    </div>
  );
}

function Group({ id, title, intro, count, children }: { id: string; title: string; intro: string; count: number; children: ComponentChildren }) {
  const { t } = useI18n();
  return (
    <section class="finder-group" data-group={id} aria-labelledby={`finder-group-${id}`}>
      <h3 id={`finder-group-${id}`}>{title} <span class="finder-count">({count})</span></h3>
      <p class="hint">{intro}</p>
      {count === 0 ? <p>{t('finder.results.none')}</p> : children}
    </section>
  );
}

function ClosedItem({ result }: { result: ClosedResult }) {
  const { t, date } = useI18n();
  return (
    <li class="finder-result" data-pathway={result.pathway.id}>
      <Head pathway={result.pathway} />
      <p class="finder-dates">
        {result.closedOn ? t('finder.closed.on', { date: date(result.closedOn) }) : null}
        {result.closedOn && result.opensOn ? ' ' : null}
        {result.opensOn ? t('finder.closed.opens', { date: date(result.opensOn) }) : null}
      </p>
      {result.mightHaveFitted && result.closedOn ? <p>{t('finder.closed.mightHave')}</p> : null}
    </li>
  );
}

export interface ResultsProps {
  results: FinderResults;
  /** Whether answering more questions could settle more outcomes. */
  canContinue: boolean;
  canGoBack: boolean;
  /** Everything is shown open while printing. */
  printing: boolean;
  /** Moves focus to the results' title when they appear after an action. */
  focus: boolean;
  onContinue: () => void;
  onBack: () => void;
  onAsk: (variable: FinderVariable) => void;
  onPrint: () => void;
  onRestart: () => void;
  /** Decides on another day (null: today again). */
  onDate: (date: string | null) => void;
}

/** For caseworkers: the same answers on another day (programmes open, close and change their rules). */
function OtherDate({ asOf, onDate }: { asOf: string; onDate: (date: string | null) => void }) {
  const { t } = useI18n();
  const [date, setDate] = useState(asOf);
  const today = localToday();
  return (
    <details class="finder-date" open={asOf !== today}>
      <summary>{t('finder.date.title')}</summary>
      <form class="finder-row" onSubmit={(e) => { e.preventDefault(); if (/^\d{4}-\d{2}-\d{2}$/.test(date)) onDate(date === today ? null : date); }}>
        <label for="finder-as-of">{t('finder.date.label')}</label>
        <input id="finder-as-of" type="date" min="1990-01-01" value={date} onInput={(e) => setDate(e.currentTarget.value)} />
        <button type="submit" class="secondary" data-action="date">{t('finder.date.apply')}</button>
        {asOf !== today ? <button type="button" class="secondary" onClick={() => { setDate(today); onDate(null); }}>{t('finder.date.today')}</button> : null}
      </form>
    </details>
  );
}

/**
 * The results: likely eligible, might be eligible (with the questions that decide it), not
 * eligible (with the criteria not met) and closed (with dates); each with the official channel.
 */
export function Results({ results, canContinue, canGoBack, printing, focus, ...on }: ResultsProps) {
  const { t, date } = useI18n();
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => { if (focus) title.current?.focus(); }, []);
  const fitted = results.closed.filter((r) => r.mightHaveFitted);
  const others = results.closed.filter((r) => !r.mightHaveFitted);
  return (
    <section class="finder-results" aria-labelledby="finder-results-title">
      <h2 id="finder-results-title" tabIndex={-1} ref={title}>{t('finder.results.title')}</h2>
      <p class="finder-summary">{t('finder.results.summary', {
        date: date(results.asOf), eligible: results.eligible.length, unknown: results.unknown.length, notEligible: results.notEligible.length, closed: results.closed.length,
      })}</p>
      <p class="disclaimer">{t('finder.results.disclaimer')}</p>
      <OtherDate asOf={results.asOf} onDate={on.onDate} />
      <div class="finder-actions">
        {canContinue ? <button type="button" data-action="continue" onClick={on.onContinue}>{t('finder.results.continue')}</button> : null}
        {canGoBack ? <button type="button" class="secondary" data-action="back" onClick={on.onBack}>{t('finder.back')}</button> : null}
        <button type="button" class="secondary" data-action="print" onClick={on.onPrint}>{t('finder.print')}</button>
        <button type="button" class="secondary" data-action="restart" onClick={on.onRestart}>{t('finder.restart')}</button>
      </div>

      <Group id="eligible" title={t('finder.group.eligible')} intro={t('finder.group.eligible.intro')} count={results.eligible.length}>
        <ul class="finder-list-results">
          {results.eligible.map(({ pathway }) => (
            <li key={pathway.id} class="finder-result" data-pathway={pathway.id}>
              <Head pathway={pathway} />
              <p>{pathway.summary}</p>
              <NextSteps pathway={pathway} />
            </li>
          ))}
        </ul>
      </Group>

      <Group id="unknown" title={t('finder.group.unknown')} intro={t('finder.group.unknown.intro')} count={results.unknown.length}>
        <ul class="finder-list-results">
          {results.unknown.map(({ pathway, missing, note }) => (
            <li key={pathway.id} class="finder-result" data-pathway={pathway.id}>
              <Head pathway={pathway} />
              {missing.length > 0 ? (
                <>
                  <p>{t('finder.unknown.decides')}</p>
                  <ul class="finder-reasons">
                    {missing.map((v) => (
                      <li key={v.id} data-variable={v.id}>
                        {v.question}{' '}
                        <button type="button" class="link" onClick={() => on.onAsk(v)}>{t('finder.unknown.answer')}<span class="visually-hidden">: {v.question}</span></button>
                      </li>
                    ))}
                  </ul>
                </>
              ) : <p>{t('finder.unknown.rules', { note: note ?? '' })}</p>}
              <NextSteps pathway={pathway} />
            </li>
          ))}
        </ul>
      </Group>

      <Group id="not_eligible" title={t('finder.group.notEligible')} intro={t('finder.group.notEligible.intro')} count={results.notEligible.length}>
        <details open={printing}>
          <summary>{t('finder.group.show', { count: results.notEligible.length })}</summary>
          <ul class="finder-list-results">
            {results.notEligible.map(({ pathway, unmet }) => (
              <li key={pathway.id} class="finder-result" data-pathway={pathway.id}>
                <Head pathway={pathway} />
                <p>{t('finder.notEligible.unmet')}</p>
                <ul class="finder-reasons">{unmet.map((label) => <li key={label}>{label}</li>)}</ul>
              </li>
            ))}
          </ul>
        </details>
      </Group>

      <Group id="closed" title={t('finder.group.closed')} intro={t('finder.group.closed.intro')} count={results.closed.length}>
        {fitted.length > 0 ? <ul class="finder-list-results">{fitted.map((r) => <ClosedItem key={r.pathway.id} result={r} />)}</ul> : null}
        {others.length > 0 ? (
          <details open={printing}>
            <summary>{t('finder.closed.others', { count: others.length })}</summary>
            <ul class="finder-list-results">{others.map((r) => <ClosedItem key={r.pathway.id} result={r} />)}</ul>
          </details>
        ) : null}
      </Group>
    </section>
  );
}
