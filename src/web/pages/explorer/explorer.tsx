import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso/router';
import type { PathwaySummary } from '../../api/contract.js';
import { searchPathways } from '../../api/pathways.js';
import { useI18n } from '../../i18n/i18n.js';
import { pageHref } from '../../routes.js';
import { PathwayCard } from '../../ui/pathway-card.js';
import { ErrorNotice, Loading } from '../../ui/status.js';
import { useApi } from '../../ui/use-api.js';
import { useTitle } from '../../ui/use-title.js';
import { pathwayHref } from '../compare/selection.js';
import { CompareBar, CompareToggle } from './compare-toggle.js';
import { Filters } from './filters.js';
import { ResultsTable } from './results-table.js';
import { readState, SORTS, toSearch, writeState, type ExplorerState, type Sort } from './state.js';

const PAGE_SIZE = 20;

function SearchForm({ state, onChange }: { state: ExplorerState; onChange: (next: ExplorerState) => void }) {
  const { t } = useI18n();
  const [q, setQ] = useState(state.q);
  useEffect(() => setQ(state.q), [state.q]);
  return (
    <form role="search" class="search" onSubmit={(e) => { e.preventDefault(); onChange({ ...state, q }); }}>
      <label for="explorer-q">{t('explorer.search')}</label>
      <p id="explorer-q-hint" class="hint">{t('explorer.searchHint')}</p>
      <div class="search-row">
        <input id="explorer-q" type="search" name="q" value={q} aria-describedby="explorer-q-hint" onInput={(e) => setQ(e.currentTarget.value)} />
        <button type="submit">{t('explorer.submit')}</button>
      </div>
    </form>
  );
}

function SortSelect({ state, onChange }: { state: ExplorerState; onChange: (next: ExplorerState) => void }) {
  const { t } = useI18n();
  const sorts = SORTS.filter((s) => s !== 'relevance' || state.q.trim());
  const current = state.sort && sorts.includes(state.sort) ? state.sort : state.q.trim() ? 'relevance' : 'name';
  return (
    <label class="sort">
      {t('explorer.sort')}{' '}
      <select value={current} onChange={(e) => onChange({ ...state, sort: e.currentTarget.value as Sort })}>
        {sorts.map((s) => <option key={s} value={s}>{t(`explorer.sort.${s}`)}</option>)}
      </select>
    </label>
  );
}

/** Cards or table: links, so each view has its own URL. */
function ViewSwitch({ state }: { state: ExplorerState }) {
  const { t, lang } = useI18n();
  const href = (view: ExplorerState['view']) => pageHref(lang, '/explorer', writeState({ ...state, view }));
  return (
    <ul class="view-switch" aria-label={t('explorer.views')}>
      <li><a href={href('list')} aria-current={state.view === 'list' ? 'true' : undefined}>{t('explorer.view.list')}</a></li>
      <li><a href={href('table')} aria-current={state.view === 'table' ? 'true' : undefined}>{t('explorer.view.table')}</a></li>
    </ul>
  );
}

/**
 * The explorer: faceted search over the catalogue (the API's filters and counts), its whole
 * state in the URL, so a search can be shared, bookmarked and restored with Back.
 */
export default function Explorer() {
  const { t, lang } = useI18n();
  const { query, route } = useLocation();
  useTitle(t('explorer.title'));
  const state = readState(query);
  // The view (cards or table) and the pathways ticked to compare change how the results look,
  // not which: no new search.
  const key = writeState({ ...state, view: 'list', compare: [] });
  const change = (next: ExplorerState) => {
    const q = writeState(next);
    route(pageHref(lang, '/explorer', q));
  };
  const [first, retry] = useApi((signal) => searchPathways(toSearch(state, lang, PAGE_SIZE), signal), [lang, key]);
  // Further pages ("Show more") are appended in memory; the filters in the URL define the list.
  const [more, setMore] = useState<{ items: PathwaySummary[]; cursor: string | null; failed?: unknown }>({ items: [], cursor: null });
  useEffect(() => setMore({ items: [], cursor: first.data?.next_cursor ?? null }), [first.data]);
  const loadMore = () => {
    if (!more.cursor) return;
    searchPathways({ ...toSearch(state, lang, PAGE_SIZE), cursor: more.cursor }).then(
      (page) => setMore((m) => ({ items: [...m.items, ...page.items], cursor: page.next_cursor })),
      (failed: unknown) => setMore((m) => ({ ...m, failed })),
    );
  };
  const data = first.data;
  return (
    <div class="page explorer">
      <h1>{t('explorer.title')}</h1>
      <p class="lead">{t('explorer.lead')}</p>
      <SearchForm state={state} onChange={change} />
      {key ? <p><a href={pageHref(lang, '/explorer', writeState({ ...readState({}), compare: state.compare }))}>{t('explorer.clear')}</a></p> : null}
      {first.state === 'failed' ? <ErrorNotice error={first.error} retry={retry} /> : null}
      {data ? (
        <div class="explorer-body">
          <Filters state={state} facets={data.facets} onChange={change} />
          <section class="results" aria-labelledby="results-count">
            <div class="results-head">
              <p id="results-count" role="status">{t('explorer.count', { count: data.total })}</p>
              <SortSelect state={state} onChange={change} />
            </div>
            <CompareBar state={state} />
            {data.total === 0 ? <p>{t('explorer.noResults')}</p> : null}
            <ViewSwitch state={state} />
            {state.view === 'table' ? <ResultsTable items={[...data.items, ...more.items]} state={state} onChange={change} /> : (
              <ul class="pathways" aria-busy={first.state === 'loading' ? 'true' : undefined}>
                {[...data.items, ...more.items].map((p) => (
                  <PathwayCard key={p.id} pathway={p} href={pathwayHref(lang, p.id, state.compare)}>
                    <CompareToggle id={p.id} name={p.name} state={state} onChange={change} />
                  </PathwayCard>
                ))}
              </ul>
            )}
            {more.failed !== undefined ? <ErrorNotice error={more.failed} /> : null}
            {more.cursor ? <button type="button" class="more" onClick={loadMore}>{t('explorer.more')}</button> : null}
          </section>
        </div>
      ) : first.state === 'loading' ? <Loading /> : null}
    </div>
  );
}
