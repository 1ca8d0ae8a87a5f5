import type { PathwayDetail } from '../../api/contract.js';
import { useI18n } from '../../i18n/i18n.js';
import { Cites, Text } from './facts.js';
import { figureBars } from './figures.js';

type Figure = PathwayDetail['record']['figures'][number];

const ROW = 48;
/** Bars take at most this share of the width, leaving room for the number after the longest. */
const MAX_BAR = 78;

/**
 * The pathway's figures as horizontal bars, one per reported count (what, when, how many), in
 * inline SVG sized in percentages so it fits any screen; the same figures as a table beside it.
 */
export function FiguresChart({ figures }: { figures: readonly Figure[] }) {
  const { t, number, date } = useI18n();
  const bars = figureBars(figures);
  const label = (f: Figure) => `${t(`pathway.figure.${f.kind}`)} · ${date(f.as_of, 'medium')}`;
  return (
    <section aria-labelledby="figures-title">
      <h2 id="figures-title">{t('pathway.figures.title')}</h2>
      <figure class="figures-chart">
        <figcaption id="figures-caption">{t('pathway.figures.chart')}</figcaption>
        <svg role="img" aria-labelledby="figures-caption" width="100%" height={bars.length * ROW} class="bars">
          {bars.map(({ figure: f, share }, i) => {
            const y = i * ROW;
            const width = Math.max(share * MAX_BAR, 0.5);
            return (
              <g key={i} data-figure={f.kind}>
                <text x="0" y={y + 15} class="bar-label">{label(f)}</text>
                <rect x="0" y={y + 21} width={`${width}%`} height="18" class="bar" />
                <text x={`${width + 1}%`} y={y + 35} class="bar-value">{number(f.count)}</text>
              </g>
            );
          })}
        </svg>
      </figure>
      <details class="figures-table">
        <summary>{t('pathway.figures.table')}</summary>
        <div class="table-scroll" tabIndex={0} role="region" aria-label={t('pathway.figures.table')}>
          <table class="data-table">
            <caption>{t('pathway.figures.chart')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('pathway.figures.kind')}</th>
                <th scope="col">{t('pathway.figures.asOf')}</th>
                <th scope="col" class="num">{t('pathway.figures.count')}</th>
                <th scope="col">{t('pathway.figures.note')}</th>
              </tr>
            </thead>
            <tbody>
              {bars.map(({ figure: f }, i) => (
                <tr key={i} data-figure={f.kind}>
                  <th scope="row">{t(`pathway.figure.${f.kind}`)}</th>
                  <td><time dateTime={f.as_of}>{date(f.as_of)}</time></td>
                  <td class="num">{number(f.count)}</td>
                  <td>{f.note ? <Text value={f.note} /> : null} <Cites ids={f.sources} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
