import { useI18n } from '../../i18n/i18n.js';
import { pageHref } from '../../routes.js';
import type { MarkedEvent } from './events.js';

/** The marked events in words, with their sources: the rules' text alternative, and what a reader cites. */
export function EventList({ events }: { events: readonly MarkedEvent[] }) {
  const { t, lang, date } = useI18n();
  if (events.length === 0) return <p class="stat-no-events">{t('statistics.events.none')}</p>;
  return (
    <section class="stat-events" aria-labelledby="stat-events-title">
      <h2 id="stat-events-title">{t('statistics.events.title')}</h2>
      <ol>
        {events.map((e) => (
          <li key={`${e.pathway}:${e.date}:${e.event}`} data-event={`${e.pathway}:${e.event}`}>
            <span class={`mark-key group-${e.group % 6}`} aria-hidden="true" />
            <time dateTime={e.date}>{date(e.date)}</time>{' — '}
            <a href={pageHref(lang, `/pathways/${e.pathway}`)}>{e.pathwayName}</a>{': '}
            <strong>{e.label}</strong>
            {e.note ? <>. {e.note}</> : null}
            {e.sources.length ? (
              <span class="source">
                {' '}{t('statistics.events.sources')}{' '}
                {e.sources.map((s, i) => <span key={s.url}>{i ? '; ' : ''}<a href={s.url}>{s.title}</a> ({s.publisher})</span>)}
              </span>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
