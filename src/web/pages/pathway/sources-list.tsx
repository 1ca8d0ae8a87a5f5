import type { PathwayDetail } from '../../api/contract.js';
import { useI18n } from '../../i18n/i18n.js';
import { sourceAnchor } from './facts.js';

type Source = PathwayDetail['record']['sources'][number];

/** Where a source lives, e.g. `www.migracioncolombia.gov.co`: who speaks, before one follows the link. */
const host = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

/** Every source of the pathway, numbered as the facts cite them: title (a link), site, publisher, kind and date. */
export function SourcesList({ sources }: { sources: readonly Source[] }) {
  const { t, date } = useI18n();
  return (
    <section aria-labelledby="sources-title">
      <h2 id="sources-title">{t('pathway.sources.title')}</h2>
      <p>{t('pathway.sources.intro')}</p>
      <ol class="sources">
        {sources.map((s) => (
          <li key={s.id} id={sourceAnchor(s.id)} data-source={s.id} data-kind={s.kind} tabIndex={-1}>
            <a href={s.url} rel="noopener noreferrer">{s.title}</a>
            <span class="source-meta">
              <span class="source-host">{host(s.url)}</span>
              {' · '}
              {s.publisher}
              {' · '}
              <span class="source-kind">{t(`pathway.source.kind.${s.kind}`)}</span>
              {' · '}
              {s.date ? <time dateTime={s.date}>{t('pathway.source.dated', { date: date(s.date) })}</time> : t('pathway.source.undated')}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
