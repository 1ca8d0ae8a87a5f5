import type { Series } from '../../api/contract.js';
import { useI18n } from '../../i18n/i18n.js';
import { formatPeriod } from './format.js';
import { withFrequency, withIndicator, withOrigin, type Frequency, type StatisticsState } from './state.js';

export interface Origin {
  /** Alpha-3 as the statistics give it, or `all`. */
  code: string;
  name: string;
}

interface ControlsProps {
  state: StatisticsState;
  series: readonly Series[];
  origins: readonly Origin[];
  origin: string;
  frequencies: readonly Frequency[];
  frequency: Frequency;
  periods: readonly string[];
  range: { from: string; to: string } | null;
  onChange: (next: StatisticsState) => void;
}

/** What to draw: series, origin, frequency and period; each change is a new URL. */
export function Controls({ state, series, origins, origin, frequencies, frequency, periods, range, onChange }: ControlsProps) {
  const { t, lang } = useI18n();
  return (
    <form class="stat-controls" onSubmit={(e) => e.preventDefault()}>
      <label>
        {t('statistics.control.indicator')}
        <select name="indicator" value={state.indicator} onChange={(e) => onChange(withIndicator(state, e.currentTarget.value))}>
          {series.map((s) => <option key={s.indicator} value={s.indicator}>{s.title}</option>)}
        </select>
      </label>
      <label>
        {t('statistics.control.origin')}
        <select name="origin" value={origin} onChange={(e) => onChange(withOrigin(state, e.currentTarget.value))}>
          {origins.map((o) => <option key={o.code} value={o.code}>{o.name}</option>)}
        </select>
      </label>
      <label>
        {t('statistics.control.frequency')}
        <select name="frequency" value={frequency} onChange={(e) => onChange(withFrequency(state, e.currentTarget.value as Frequency))}>
          {frequencies.map((f) => <option key={f} value={f}>{t(`statistics.frequency.${f}`)}</option>)}
        </select>
      </label>
      {range ? (
        <>
          <label>
            {t('statistics.control.from')}
            <select name="from" value={range.from} onChange={(e) => onChange({ ...state, from: e.currentTarget.value })}>
              {periods.map((p) => <option key={p} value={p}>{formatPeriod(lang, p)}</option>)}
            </select>
          </label>
          <label>
            {t('statistics.control.to')}
            <select name="to" value={range.to} onChange={(e) => onChange({ ...state, to: e.currentTarget.value })}>
              {periods.map((p) => <option key={p} value={p}>{formatPeriod(lang, p)}</option>)}
            </select>
          </label>
        </>
      ) : null}
    </form>
  );
}
