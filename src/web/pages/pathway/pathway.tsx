import { useLocation, useRoute } from 'preact-iso/router';
import { ApiError } from '../../api/client.js';
import type { PathwayDetail } from '../../api/contract.js';
import { getPathway } from '../../api/pathway.js';
import type { MessageKey } from '../../i18n/catalogue.js';
import { useI18n } from '../../i18n/i18n.js';
import { pageHref } from '../../routes.js';
import { ErrorNotice, Loading } from '../../ui/status.js';
import { useApi } from '../../ui/use-api.js';
import { useTitle } from '../../ui/use-title.js';
import { compareHref, readSelection, withPathway } from '../compare/selection.js';
import { Apply } from './apply.js';
import { Eligibility } from './eligibility.js';
import { SourceNumbers, Text } from './facts.js';
import { FiguresChart } from './figures-chart.js';
import { Grants } from './grants.js';
import { History } from './history.js';
import { Limitations } from './limitations.js';
import { NoSuchPathway } from './no-such-pathway.js';
import { SourcesList } from './sources-list.js';
import { sourceNumbers, sourceStanding } from './standing.js';

/** A flag over the page when no official text backs the pathway (press alone is flagged hardest). */
function StandingFlag({ record }: { record: PathwayDetail['record'] }) {
  const { t } = useI18n();
  const standing = sourceStanding(record.sources);
  if (standing === 'official') return null;
  const key = standing === 'press_only' ? 'pathway.pressOnly' : 'pathway.unconfirmed';
  return (
    <div class="notice warn" data-standing={standing}>
      <p><strong>{t(`${key}.title`)}</strong></p>
      <p>{t(`${key}.body`)}</p>
    </div>
  );
}

/** To the compare page with this pathway, and with those already chosen in the explorer (`?compare=`). */
function CompareLink({ id }: { id: string }) {
  const { t, lang } = useI18n();
  const { query } = useLocation();
  const others = readSelection(query.compare).filter((x) => x !== id);
  const ids = withPathway(others, id);
  const joined = ids.includes(id);
  return (
    <a class="button secondary" data-action="compare" href={compareHref(lang, joined ? ids : [id])}>
      {joined && others.length > 0 ? t('pathway.compare.with', { count: others.length }) : t('pathway.compare.add')}
    </a>
  );
}

function Header({ pathway: p }: { pathway: PathwayDetail }) {
  const { t, lang, country, list } = useI18n();
  const original = p.record.name.original;
  return (
    <header class="pathway-head">
      <h1>{p.name}</h1>
      {original.text !== p.name ? <p class="original" lang={original.lang}>{original.text}</p> : null}
      <p class="meta">
        <span class="type">{t(`type.${p.type}` as MessageKey)}</span>
        {' · '}
        <span class="where">{list(p.destinations.map(country))}</span>
      </p>
      <ul class="tags">
        <li class={p.open ? 'tag open' : 'tag closed'} data-tag="open">{p.open ? t('pathway.open') : t('pathway.closed')}</li>
        {p.free_of_charge ? <li class="tag">{t('pathway.free')}</li> : null}
      </ul>
      <StandingFlag record={p.record} />
      <nav class="pathway-actions" aria-label={t('pathway.actions')}>
        <CompareLink id={p.id} />
        <a href={pageHref(lang, '/explorer')}>{t('pathway.explorer')}</a>
      </nav>
    </header>
  );
}

/** Everything in the record, in the order a reader needs it, each fact pointing to its sources. */
function PathwayView({ pathway: p }: { pathway: PathwayDetail }) {
  const { t, date } = useI18n();
  const r = p.record;
  return (
    <SourceNumbers.Provider value={sourceNumbers(r.sources)}>
      <article class="page pathway" data-pathway={p.id}>
        <Header pathway={p} />
        <section aria-labelledby="summary-title">
          <h2 id="summary-title">{t('pathway.summary.title')}</h2>
          <p class="summary lead"><Text value={r.summary} /></p>
        </section>
        <Eligibility versions={r.eligibility} />
        <Grants record={r} />
        <Apply record={r} />
        <History record={r} />
        {r.figures.length > 0 ? <FiguresChart figures={r.figures} /> : null}
        <Limitations limitations={r.limitations} />
        <SourcesList sources={r.sources} />
        <p class="reviewed">{t('pathway.reviewed', { date: date(r.last_reviewed) })}</p>
      </article>
    </SourceNumbers.Provider>
  );
}

/** An id the API refuses (unknown, or not even a well-formed id) is "no such pathway". */
const isMissing = (error: unknown) => error instanceof ApiError && (error.failure === 'not_found' || error.status === 400);

/** The pathway page, `/<lang>/pathways/:id`: the whole sourced record of one pathway. */
export default function PathwayPage() {
  const { t, lang } = useI18n();
  const { params } = useRoute();
  const id = params.id ?? '';
  const [pathway, retry] = useApi((signal) => getPathway(id, lang, signal), [id, lang]);
  const missing = pathway.state === 'failed' && isMissing(pathway.error);
  // Another pathway's data stays up while this one loads: show only this one's.
  const data = pathway.data?.id === id ? pathway.data : undefined;
  useTitle(missing ? t('pathway.notFound.title') : data ? data.name : t('status.loading'));
  if (missing) return <NoSuchPathway id={id} />;
  if (data) return <PathwayView pathway={data} />;
  return (
    <div class="page pathway">
      {pathway.state === 'failed' ? <ErrorNotice error={pathway.error} retry={retry} /> : <Loading />}
    </div>
  );
}
