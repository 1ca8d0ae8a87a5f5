import type { Series } from '../../api/contract.js';
import { seriesAggregates } from '../../api/series.js';
import { withGaps } from '../../charts/gaps.js';
import { periodRange } from '../../charts/periods.js';
import { useI18n } from '../../i18n/i18n.js';
import { ErrorNotice, Loading } from '../../ui/status.js';
import { useApi } from '../../ui/use-api.js';
import { Controls, type Origin } from './controls.js';
import { MarkedChart } from './marked-chart.js';
import { frequencies, loadPoints } from './points.js';
import { DEFAULT_ORIGIN, resolveRange, type StatisticsState } from './state.js';
import type { TablePoint } from './series-table.js';

/** Origins the statistics name by a code that is not a country's. */
const SPECIAL_ORIGINS = ['UKN', 'STA', 'OOO'] as const;

interface SeriesViewProps {
  state: StatisticsState;
  series: Series;
  all: readonly Series[];
  onChange: (next: StatisticsState) => void;
}

/** One series: its origins and values loaded, the controls, then the chart or table with its marks. */
export function SeriesView({ state, series, all, onChange }: SeriesViewProps) {
  const { t, lang } = useI18n();
  const stock = series.measure === 'stock';
  const [byOrigin] = useApi((signal) => seriesAggregates(series.indicator, {
    lang, by: 'origin',
    // A stock is added up over origins at one date only: the latest.
    ...(stock && series.period.last ? { from: series.period.last, to: series.period.last } : {}),
  }, signal), [series.indicator, lang]);
  const named = (byOrigin.data?.buckets ?? []).flatMap((b): Origin[] => {
    if (!b.key) return [];
    const special = (SPECIAL_ORIGINS as readonly string[]).includes(b.key) ? t(`statistics.origin.${b.key as (typeof SPECIAL_ORIGINS)[number]}`) : null;
    return [{ code: b.key, name: b.name ?? special ?? b.key }];
  }).sort((a, b) => a.name.localeCompare(b.name, lang));
  const origins: Origin[] = [{ code: 'all', name: t('statistics.origin.all') }, ...named];
  const known = (code: string) => origins.some((o) => o.code === code);
  // Until the origins arrive, the URL's (or the default) is trusted, so the values are asked for once.
  const wanted = state.origin ?? DEFAULT_ORIGIN;
  const origin = byOrigin.state === 'loading' || known(wanted) ? wanted : 'all';

  const choices = frequencies(series);
  const frequency = state.frequency && choices.includes(state.frequency) ? state.frequency : choices[0]!;
  const [values, retry] = useApi((signal) => loadPoints(series, frequency, origin, lang, signal), [series.indicator, frequency, origin, lang]);
  const points = values.data ?? [];
  const available = points.length ? periodRange(points[0]!.period, points.at(-1)!.period) : [];
  const range = resolveRange(state, available);
  const drawn: TablePoint[] = range
    ? withGaps(points.filter((p) => p.period >= range.from && p.period <= range.to), range.from, range.to).map((p) => {
      const point = points.find((q) => q.period === p.period);
      return { ...p, months: point?.months ?? null, partial: point?.partial ?? false };
    })
    : [];
  const originName = origins.find((o) => o.code === origin)?.name ?? origin;

  return (
    <>
      <Controls state={state} series={all} origins={origins} origin={origin} frequencies={choices} frequency={frequency}
        periods={available} range={range} onChange={onChange} />
      {values.state === 'failed' ? <ErrorNotice error={values.error} retry={retry} /> : null}
      {values.state === 'loading' && !values.data ? <Loading /> : null}
      {values.state === 'ready' && !range ? <p role="status">{t('statistics.empty', { origin: originName })}</p> : null}
      {range && drawn.length ? (
        <MarkedChart state={state} series={series} origin={origin} originName={originName} frequency={frequency}
          points={drawn} range={range} busy={values.state === 'loading'} onChange={onChange} />
      ) : null}
    </>
  );
}
