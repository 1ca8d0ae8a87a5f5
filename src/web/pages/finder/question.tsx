import { useEffect, useRef, useState } from 'preact/hooks';
import type { FinderVariable } from '../../finder/engine.js';
import type { MessageKey } from '../../i18n/catalogue.js';
import { useI18n } from '../../i18n/i18n.js';
import { AnswerControl } from './controls.js';
import { readAnswer } from './read-answer.js';

export interface QuestionProps {
  variable: FinderVariable;
  /** The answer given before going back, if any. */
  previous: unknown;
  countries: readonly string[];
  today: string;
  /** 1 for the first question. */
  number: number;
  settled: number;
  total: number;
  canGoBack: boolean;
  /** Moves focus to the question when it appears (after an answer, not on arriving at the page). */
  focus: boolean;
  onAnswer: (value: unknown) => void;
  onSkip: () => void;
  onBack: () => void;
  onResults: () => void;
}

/**
 * One question: its words and help, the control for its type, and the ways on: Continue, "I
 * don't know", Back and the results so far. After each step, focus moves to the new question,
 * so a screen reader reads it and the next Tab reaches its control.
 */
export function Question(props: QuestionProps) {
  const { variable, countries, today } = props;
  const { t } = useI18n();
  const [value, setValue] = useState<unknown>(props.previous);
  const [pending, setPending] = useState('');
  const [error, setError] = useState<MessageKey | null>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const control = useRef<HTMLDivElement>(null);
  useEffect(() => { if (props.focus) title.current?.focus(); }, []);
  const ids = { title: 'finder-question', help: 'finder-help', error: 'finder-error' };
  const submit = (e: Event) => {
    e.preventDefault();
    const read = readAnswer(variable, value, pending, today);
    if ('error' in read) {
      setError(read.error);
      control.current?.querySelector<HTMLElement>('input, select')?.focus();
      return;
    }
    props.onAnswer(read.value);
  };
  return (
    <section class="finder-step" aria-labelledby={ids.title}>
      <div class="finder-progress">
        <p id="finder-progress-text">
          {t('finder.progress', { number: props.number, settled: props.settled, total: props.total })}
        </p>
        <progress value={props.settled} max={props.total} aria-labelledby="finder-progress-text" />
      </div>
      <form class="finder-form" noValidate onSubmit={submit} data-variable={variable.id}>
        <h2 id={ids.title} tabIndex={-1} ref={title}>{variable.question}</h2>
        <p id={ids.help} class="hint">{variable.help}</p>
        {error ? <p id={ids.error} class="finder-error" role="alert">{t(error)}</p> : null}
        <div class="finder-control" ref={control}>
          <AnswerControl variable={variable} countries={countries} value={value} onChange={(v) => { setValue(v); setError(null); }}
            pending={pending} onPending={(c) => { setPending(c); setError(null); }} today={today}
            described={{ labelledBy: ids.title, describedBy: error ? `${ids.help} ${ids.error}` : ids.help, invalid: error !== null }} />
        </div>
        <div class="finder-actions">
          <button type="submit" data-action="continue">{t('finder.continue')}</button>
          <button type="button" class="secondary" data-action="skip" onClick={props.onSkip}>{t('finder.skip')}</button>
          {props.canGoBack ? <button type="button" class="secondary" data-action="back" onClick={props.onBack}>{t('finder.back')}</button> : null}
          <button type="button" class="secondary" data-action="results" onClick={props.onResults}>{t('finder.seeResults')}</button>
        </div>
      </form>
    </section>
  );
}
