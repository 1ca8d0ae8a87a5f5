import type { PathwayDetail } from '../../api/contract.js';
import { useI18n } from '../../i18n/i18n.js';
import { Period } from './eligibility.js';
import { Cites, Text } from './facts.js';
import { timeline } from './timeline.js';

/** The pathway's life in date order: opened, amended, extended, closed…, and each new set of rules. */
export function History({ record }: { record: PathwayDetail['record'] }) {
  const { t, date } = useI18n();
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('pathway.timeline.title')}</h2>
      <ol class="timeline">
        {timeline(record).map((entry, i) => (
          <li key={i} data-entry={entry.kind === 'event' ? entry.event.event : 'rules'}>
            <time dateTime={entry.date}>{date(entry.date)}</time>{' '}
            {entry.kind === 'event' ? (
              <>
                <strong class="event">{t(`pathway.event.${entry.event.event}`)}</strong>{' '}
                <span><Text value={entry.event.note} /> <Cites ids={entry.event.sources} /></span>
              </>
            ) : (
              <>
                <strong class="event">{t('pathway.timeline.rules')}</strong>{' '}
                <span><Period version={entry.version} /></span>
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
