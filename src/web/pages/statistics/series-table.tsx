import type { TimePoint } from '../../charts/time-chart.js';
import { useI18n } from '../../i18n/i18n.js';
import { formatPeriod } from './format.js';

export interface TablePoint extends TimePoint {
  months: number | null;
}

/** The chart as a table: every period shown, its value or "no data", and how much of a year a total covers. */
export function SeriesTable({ caption, points, unit }: { caption: string; points: readonly TablePoint[]; unit: string }) {
  const { t, lang, number } = useI18n();
  const notes = points.some((p) => p.partial);
  return (
    <table class="data-table stat-table" data-view="table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('statistics.table.period')}</th>
          <th scope="col">{t('statistics.table.value', { unit })}</th>
          {notes ? <th scope="col">{t('statistics.table.note')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {points.map((p) => (
          <tr key={p.period} data-period={p.period}>
            <th scope="row">{formatPeriod(lang, p.period)}</th>
            <td class="num">{p.value === null ? <span class="gap">{t('statistics.table.gap')}</span> : number(p.value)}</td>
            {notes ? <td>{p.partial ? t('statistics.table.partial', { months: p.months ?? 0 }) : ''}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
