import type { FinderEngine } from '../../finder/engine.js';
import type { Interview } from '../../finder/interview.js';
import { useI18n } from '../../i18n/i18n.js';
import { answerText } from './answer-text.js';

/**
 * The answers, as the printed summary lists them. Rendered only while the person prints, so
 * they are never on screen for someone looking over a shoulder.
 */
export function PrintedAnswers({ interview, engine }: { interview: Interview; engine: FinderEngine }) {
  const i18n = useI18n();
  return (
    <section class="finder-print-answers" aria-labelledby="finder-answers-title">
      <h3 id="finder-answers-title">{i18n.t('finder.print.answers')}</h3>
      <dl>
        {interview.steps.map((step) => {
          const variable = engine.variable(step.variable);
          if (!variable) return null;
          return (
            <div key={step.variable}>
              <dt>{variable.question}</dt>
              <dd>{step.skipped ? i18n.t('finder.answer.unknown') : answerText(variable, step.value, i18n)}</dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
