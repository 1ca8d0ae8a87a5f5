import { searchPathways } from '../../api/pathways.js';
import { useI18n } from '../../i18n/i18n.js';
import { pageHref } from '../../routes.js';
import { localToday } from '../../ui/dates.js';
import { ErrorNotice, Loading } from '../../ui/status.js';
import { useApi } from '../../ui/use-api.js';
import { useTitle } from '../../ui/use-title.js';
import { Destinations } from './destinations.js';
import { HeadlineFigures } from './figures.js';
import { StatisticsHeadlines } from './statistics.js';

function EntryPoints({ today }: { today: string }) {
  const { t, lang } = useI18n();
  return (
    <div class="entry-points">
      <section class="entry" aria-labelledby="entry-people">
        <h2 id="entry-people">{t('home.people.title')}</h2>
        <p>{t('home.people.body')}</p>
        <p>
          <a class="button" href={pageHref(lang, '/finder')}>{t('home.people.finder')}</a>{' '}
          <a class="button secondary" href={pageHref(lang, '/explorer', `open_on=${today}`)}>{t('home.people.action')}</a>
        </p>
      </section>
      <section class="entry" aria-labelledby="entry-analysts">
        <h2 id="entry-analysts">{t('home.analysts.title')}</h2>
        <p>{t('home.analysts.body')}</p>
        <p>
          <a class="button" href={pageHref(lang, '/explorer')}>{t('home.analysts.explore')}</a>{' '}
          <a class="button secondary" href={pageHref(lang, '/data')}>{t('home.analysts.data')}</a>
        </p>
      </section>
    </div>
  );
}

/** The home page: what Vías is, a way in for each audience, the catalogue at a glance. */
export default function Home() {
  const { t, lang } = useI18n();
  useTitle(t('home.title'));
  const today = localToday();
  // One search gives every figure: the facets count what is open today, by destination and more.
  const [today_, retry] = useApi((signal) => searchPathways({ lang, open_on: today, limit: 1 }, signal), [lang, today]);
  return (
    <div class="page home">
      <section class="hero">
        <h1>{t('home.title')}</h1>
        <p class="lead">{t('home.lead')}</p>
        <p class="disclaimer">{t('home.disclaimer')}</p>
      </section>
      <EntryPoints today={today} />
      {today_.data ? (
        <>
          <HeadlineFigures facets={today_.data.facets} today={today} />
          <Destinations counts={today_.data.facets.destination} today={today} />
        </>
      ) : today_.state === 'failed' ? <ErrorNotice error={today_.error} retry={retry} /> : <Loading />}
      <StatisticsHeadlines />
    </div>
  );
}
