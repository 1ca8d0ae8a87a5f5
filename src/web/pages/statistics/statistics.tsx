import { useLocation } from 'preact-iso/router';
import { listSeries } from '../../api/series.js';
import { useI18n } from '../../i18n/i18n.js';
import { pageHref } from '../../routes.js';
import { ErrorNotice, Loading } from '../../ui/status.js';
import { useApi } from '../../ui/use-api.js';
import { useTitle } from '../../ui/use-title.js';
import { SeriesView } from './series-view.js';
import { readState, writeState, type StatisticsState } from './state.js';

/**
 * Statistics: the loaded series charted (or tabulated) by origin and period, with the lifecycle
 * events of the pathways that single that origin out marked on them, a CSV of what is drawn and
 * its citation. The whole view is in the URL.
 */
export default function Statistics() {
  const { t, lang } = useI18n();
  const { query, route } = useLocation();
  useTitle(t('statistics.title'));
  const state = readState(query);
  const change = (next: StatisticsState) => route(pageHref(lang, '/statistics', writeState(next)));
  const [list, retry] = useApi((signal) => listSeries(lang, signal), [lang]);
  // Series listed without observations (not loaded on this server) have nothing to draw.
  const drawable = (list.data?.items ?? []).filter((s) => s.period.first !== null);
  const series = drawable.find((s) => s.indicator === state.indicator);
  return (
    <div class="page statistics">
      <h1>{t('statistics.title')}</h1>
      <p class="lead">{t('statistics.lead')}</p>
      {list.state === 'failed' ? <ErrorNotice error={list.error} retry={retry} /> : null}
      {list.state === 'loading' && !list.data ? <Loading /> : null}
      {list.data && !series ? (
        <div role="alert" class="notice error">
          <p>{t('statistics.unknown')}</p>
          <p><a href={pageHref(lang, '/statistics')}>{t('statistics.reset')}</a></p>
        </div>
      ) : null}
      {series ? <SeriesView key={series.indicator} state={state} series={series} all={drawable} onChange={change} /> : null}
    </div>
  );
}
