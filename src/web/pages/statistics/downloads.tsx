import { useEffect, useMemo } from 'preact/hooks';
import type { Series } from '../../api/contract.js';
import { toCsv } from '../../charts/csv.js';
import { useI18n } from '../../i18n/i18n.js';
import { localToday } from '../../ui/dates.js';
import type { MarkedEvent } from './events.js';
import type { TablePoint } from './series-table.js';

/**
 * The CSV of exactly what the chart draws: one row per period shown, gaps as empty values, and
 * for yearly totals added up from months, how many months they count.
 */
export function seriesCsv(series: Pick<Series, 'indicator' | 'unit'>, origin: string, points: readonly TablePoint[]): string {
  const yearly = points.some((p) => p.months !== null);
  const header = ['indicator', 'origin', 'period', 'value', 'unit', ...(yearly ? ['months_counted'] : [])];
  return toCsv(header, points.map((p) => [series.indicator, origin, p.period, p.value, series.unit, ...(yearly ? [p.months] : [])]));
}

/** The CSV of the events marked on the chart, with the first source of each. */
export function eventsCsv(events: readonly MarkedEvent[]): string {
  return toCsv(['date', 'pathway', 'pathway_name', 'event', 'source_title', 'source_url'],
    events.map((e) => [e.date, e.pathway, e.pathwayName, e.event, e.sources[0]?.title ?? null, e.sources[0]?.url ?? null]));
}

/** A link that saves `text` as `filename`: a Blob URL made here, in the page, and released when it changes. */
function BlobLink({ text, filename, label, kind }: { text: string; filename: string; label: string; kind: string }) {
  const href = useMemo(() => URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' })), [text]);
  useEffect(() => () => URL.revokeObjectURL(href), [href]);
  return <a class="button secondary" href={href} download={filename} data-download={kind}>{label}</a>;
}

interface DownloadsProps {
  series: Series;
  origin: string;
  points: readonly TablePoint[];
  events: readonly MarkedEvent[];
  range: { from: string; to: string };
}

/** Downloads of what is drawn, and how to cite the series. */
export function Downloads({ series, origin, points, events, range }: DownloadsProps) {
  const { t, date } = useI18n();
  const stem = `vias-${series.indicator}-${origin}-${range.from}-${range.to}`;
  return (
    <section class="stat-cite" aria-labelledby="stat-cite-title">
      <h2 id="stat-cite-title">{t('statistics.cite.title')}</h2>
      <p class="stat-downloads">
        <BlobLink text={seriesCsv(series, origin, points)} filename={`${stem}.csv`} label={t('statistics.download.series')} kind="series" />
        {events.length ? <BlobLink text={eventsCsv(events)} filename={`${stem}-events.csv`} label={t('statistics.download.events')} kind="events" /> : null}
      </p>
      <p class="citation">
        {t('statistics.cite.text', {
          publisher: series.source.publisher, title: series.title, url: series.source.url, accessed: date(localToday()), licence: series.licence.name,
        })}
        {series.source.via ? <> {t('statistics.cite.via', { via: series.source.via })}</> : null}
        {series.source.published ? <> {t('statistics.cite.published', { date: date(series.source.published) })}</> : null}
      </p>
      <p><a href={series.source.url}>{t('statistics.cite.link', { publisher: series.source.publisher })}</a></p>
    </section>
  );
}
