import { useRef } from 'preact/hooks';
import { useI18n } from '../../i18n/i18n.js';
import { dateAtIndex, dayOf, isCalendarDate, lastIndex, monthIndex, type Span } from './timeline.js';

interface Props {
  /** The day shown. */
  value: string;
  /** From the catalogue's first rules to today. */
  span: Span;
  /** A new day: `settling` false while the slider is being moved, true for a typed date. */
  onChange: (date: string, settling: boolean) => void;
}

/**
 * The day the matrix shows: a slider over the months of the catalogue's timeline (keeping the
 * day of the month) and a date field for an exact day. Arrow keys move the slider by a month.
 */
export function DateControl({ value, span, onChange }: Props) {
  const { t, date } = useI18n();
  // The day of the month the slider keeps: the last one typed, not one a short month cut down.
  const day = useRef(dayOf(value));
  return (
    <fieldset class="date-control">
      <legend>{t('coverage.date')}</legend>
      <div class="date-slider">
        <label for="coverage-slider">{t('coverage.slider')}</label>
        <input
          id="coverage-slider" type="range" min={0} max={lastIndex(span)} step={1} value={monthIndex(value, span)}
          aria-valuetext={date(value)} aria-describedby="coverage-slider-hint"
          onInput={(e) => onChange(dateAtIndex(Number(e.currentTarget.value), span, day.current), false)}
        />
        <span class="slider-value" aria-hidden="true">{date(value)}</span>
        <p id="coverage-slider-hint" class="hint">{t('coverage.sliderHint', { from: date(span.start), to: date(span.end) })}</p>
      </div>
      <div class="date-exact">
        <label for="coverage-date">{t('coverage.exactDate')}</label>{' '}
        <input
          id="coverage-date" type="date" min={span.start} max={span.end} value={value}
          onChange={(e) => {
            const typed = e.currentTarget.value;
            if (!isCalendarDate(typed)) return;
            day.current = dayOf(typed);
            onChange(typed, true);
          }}
        />
      </div>
    </fieldset>
  );
}
