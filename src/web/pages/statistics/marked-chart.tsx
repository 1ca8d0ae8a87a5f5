import type { Series } from '../../api/contract.js';
import { gapCount } from '../../charts/gaps.js';
import { TimeChart } from '../../charts/time-chart.js';
import { useI18n } from '../../i18n/i18n.js';
import { pageHref } from '../../routes.js';
import { ErrorNotice } from '../../ui/status.js';
import { useApi } from '../../ui/use-api.js';
import { getPathwayHistory, listCountries } from './api.js';
import { loadCandidates } from './candidates.js';
import { Downloads } from './downloads.js';
import { EventList } from './event-list.js';
import { defaultMarks, eventsInRange, orderCandidates, periodDays, toMarkers, type MarkedEvent } from './events.js';
import { formatPeriod } from './format.js';
import { PathwayMarks } from './pathway-marks.js';
import { SeriesTable, type TablePoint } from './series-table.js';
import { writeState, type Frequency, type StatisticsState } from './state.js';

interface MarkedChartProps {
  state: StatisticsState;
  series: Series;
  origin: string;
  originName: string;
  frequency: Frequency;
  points: readonly TablePoint[];
  range: { from: string; to: string };
  busy: boolean;
  onChange: (next: StatisticsState) => void;
}

/** Chart or table: links, so each view has its own URL. */
function ViewSwitch({ state }: { state: StatisticsState }) {
  const { t, lang } = useI18n();
  const href = (view: StatisticsState['view']) => pageHref(lang, '/statistics', writeState({ ...state, view }));
  return (
    <ul class="view-switch" aria-label={t('statistics.views')}>
      <li><a href={href('chart')} aria-current={state.view === 'chart' ? 'true' : undefined}>{t('statistics.view.chart')}</a></li>
      <li><a href={href('table')} aria-current={state.view === 'table' ? 'true' : undefined}>{t('statistics.view.table')}</a></li>
    </ul>
  );
}

/** The chart's description in words: period, extremes, gaps and marks (its SVG `desc`). */
function useSummary(title: string, points: readonly TablePoint[], events: readonly MarkedEvent[], range: { from: string; to: string }): string {
  const { t, lang, number } = useI18n();
  const known = points.filter((p): p is TablePoint & { value: number } => p.value !== null);
  if (!known.length) return t('statistics.summary.noValues', { title });
  const max = known.reduce((a, b) => (b.value > a.value ? b : a));
  const min = known.reduce((a, b) => (b.value < a.value ? b : a));
  return t('statistics.summary', {
    title, from: formatPeriod(lang, range.from), to: formatPeriod(lang, range.to), count: known.length,
    max: number(max.value), maxPeriod: formatPeriod(lang, max.period), min: number(min.value), minPeriod: formatPeriod(lang, min.period),
    gaps: gapCount(points), events: events.length,
  });
}

/** The series drawn (or tabulated) with the marked pathways' events, the choice of pathways, downloads and citation. */
export function MarkedChart({ state, series, origin, originName, frequency, points, range, busy, onChange }: MarkedChartProps) {
  const { t, lang, number } = useI18n();
  const [candidates, retryCandidates] = useApi(async (signal) => {
    const alpha2 = origin === 'all' ? null : (await listCountries(lang, signal)).items.find((c) => c.alpha3 === origin)?.code ?? null;
    return loadCandidates(alpha2, lang, signal);
  }, [origin, lang]);
  const { focus, others } = orderCandidates(candidates.data ?? [], series.indicator, lang);
  const byId = new Map([...focus, ...others].map((p) => [p.id, p]));
  const markedIds = (state.marks ?? defaultMarks(series.indicator, focus)).filter((id) => byId.has(id));
  const [histories] = useApi((signal) => Promise.all(markedIds.map((id) => getPathwayHistory(id, lang, signal))), [markedIds.join(','), lang]);
  const days = periodDays(range.from, range.to);
  const events = eventsInRange(histories.data ?? [], markedIds.map((id) => byId.get(id)!), state.events, days.first, days.last);
  const title = t('statistics.chartTitle', { series: series.title, origin: originName });
  const summary = useSummary(title, points, events, range);
  const unit = t('statistics.unit', { unit: series.unit });
  const granularity = frequency === 'monthly' ? 'month' : 'year';

  return (
    <div class="stat-body" aria-busy={busy ? 'true' : undefined}>
      <section class="stat-figure" aria-labelledby="stat-figure-title">
        <h2 id="stat-figure-title">{title}</h2>
        <ViewSwitch state={state} />
        {state.view === 'table' ? <SeriesTable caption={summary} points={points} unit={unit} /> : (
          <figure>
            <TimeChart id="stat-chart" title={title} description={summary} points={points} granularity={granularity}
              kind={frequency === 'monthly' ? 'line' : 'bar'} markers={toMarkers(events)}
              formatTick={(v) => number(v, { notation: 'compact', maximumFractionDigits: 1 })}
              formatAxisPeriod={(p, style) => (style === 'year' ? p.slice(0, 4) : formatPeriod(lang, p, 'short'))}
              pointLabel={(p) => `${formatPeriod(lang, p.period)}: ${p.value === null ? t('statistics.table.gap') : number(p.value)}`} />
            <figcaption>{summary}</figcaption>
          </figure>
        )}
        <p class="hint">{t('statistics.unitNote', { unit })}</p>
        {points.some((p) => p.partial) ? <p class="hint">{t('statistics.partialNote')}</p> : null}
        {points.some((p) => p.value === null) ? <p class="hint">{t('statistics.gapNote')}</p> : null}
      </section>
      {candidates.state === 'failed' ? <ErrorNotice error={candidates.error} retry={retryCandidates} /> : null}
      {histories.state === 'failed' ? <ErrorNotice error={histories.error} /> : null}
      <EventList events={events} />
      {candidates.data ? <PathwayMarks state={state} focus={focus} others={others} marked={markedIds} onChange={onChange} /> : null}
      <section class="stat-about" aria-labelledby="stat-about-title">
        <h2 id="stat-about-title">{t('statistics.about.title')}</h2>
        <p>{series.description}</p>
        {series.draft_translation ? <p class="hint">{t('statistics.about.draft')}</p> : null}
      </section>
      <Downloads series={series} origin={origin} points={points} events={events} range={range} />
    </div>
  );
}
