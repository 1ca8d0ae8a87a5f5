import { knownRuns, type ChartPoint } from './gaps.js';
import { placeMarkers, type ChartMarker } from './markers.js';
import { dayPosition, periodIndex, type Granularity } from './periods.js';
import { labelStride, niceTicks } from './ticks.js';

/** A period of the chart; `partial` marks a total that covers only part of its period. */
export interface TimePoint extends ChartPoint {
  partial?: boolean;
}

export interface TimeChartProps {
  /** Prefix of the ids the SVG's title and description take (unique on the page). */
  id: string;
  title: string;
  /** What the chart shows in words, for those who cannot see it (WCAG 1.1.1). */
  description: string;
  points: readonly TimePoint[];
  granularity: Granularity;
  kind: 'line' | 'bar';
  markers: readonly ChartMarker[];
  /** A value on the axis (e.g. compact: "40K"). */
  formatTick: (value: number) => string;
  /** A period under the axis: `year` on a long line of months (just "2023" for January 2023), else the whole period. */
  formatAxisPeriod: (period: string, style: 'year' | 'period') => string;
  /** The tooltip of a point: period and value in words. */
  pointLabel: (point: TimePoint) => string;
}

const WIDTH = 760;
const PLOT_HEIGHT = 300;
const MARGIN = { left: 60, right: 16, bottom: 30 };
const LANE = 15;
const CHAR = 6.2; // average width of a character of the 11px labels, in user units

/**
 * A time series as an SVG line (months) or bars (years), with gaps left empty and dated events
 * drawn as labelled vertical rules. Sizes itself to its container through the viewBox; colours
 * come from the stylesheet (`.time-chart …`), so dark mode and print restyle it.
 */
export function TimeChart(props: TimeChartProps) {
  const { id, points, granularity, kind } = props;
  if (points.length === 0) return null;
  const first = periodIndex(points[0]!.period);
  const n = points.length;
  const left = MARGIN.left;
  const right = WIDTH - MARGIN.right;
  const unit = (right - left) / n;
  const xAt = (position: number) => left + (position - first) * unit;
  const inRange = (date: string) => {
    const position = dayPosition(date, granularity);
    return position >= first && position < first + n;
  };
  const placed = placeMarkers(props.markers.filter((m) => inRange(m.date)), (date) => xAt(dayPosition(date, granularity)), CHAR, right);
  const lanes = placed.reduce((most, m) => Math.max(most, m.lane + 1), 0);
  const top = 12 + lanes * LANE;
  const bottom = top + PLOT_HEIGHT;
  const ticks = niceTicks(Math.max(0, ...points.map((p) => p.value ?? 0)));
  const max = ticks.at(-1)!;
  const yAt = (value: number) => bottom - (value / max) * PLOT_HEIGHT;
  // Past two years of months, only Januaries are labelled, by their year; else every stride-th period.
  const byYear = granularity === 'month' && n > 24;
  const stride = labelStride(byYear ? Math.ceil(n / 12) : n, Math.floor((right - left) / (byYear ? 40 : 60)));
  const labelled = (index: number) => (byYear ? index % 12 === 0 && (index / 12) % stride === 0 : (index - first) % stride === 0);
  const center = (p: ChartPoint) => xAt(periodIndex(p.period) + 0.5);

  return (
    <svg class={`time-chart ${kind}`} viewBox={`0 0 ${WIDTH} ${bottom + MARGIN.bottom}`} role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`}>
      <title id={`${id}-title`}>{props.title}</title>
      <desc id={`${id}-desc`}>{props.description}</desc>
      <g class="axis y">
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={left} x2={right} y1={yAt(tick)} y2={yAt(tick)} />
            <text x={left - 6} y={yAt(tick)} dy="0.32em" text-anchor="end">{props.formatTick(tick)}</text>
          </g>
        ))}
      </g>
      <g class="axis x">
        <line x1={left} x2={right} y1={bottom} y2={bottom} />
        {points.map((p) => {
          const index = periodIndex(p.period);
          if (!labelled(index)) return null;
          const x = byYear ? xAt(index) : center(p);
          return (
            <g key={p.period}>
              <line x1={x} x2={x} y1={bottom} y2={bottom + 5} />
              <text x={x} y={bottom + 18} text-anchor={byYear ? 'start' : 'middle'}>{props.formatAxisPeriod(p.period, byYear ? 'year' : 'period')}</text>
            </g>
          );
        })}
      </g>
      {kind === 'bar' ? (
        <g class="bars">
          {points.map((p) => (p.value === null ? null : (
            <rect key={p.period} class={p.partial ? 'partial' : undefined} x={xAt(periodIndex(p.period)) + unit * 0.12} width={unit * 0.76} y={yAt(p.value)} height={bottom - yAt(p.value)}>
              <title>{props.pointLabel(p)}</title>
            </rect>
          )))}
        </g>
      ) : (
        <g class="line">
          {knownRuns(points).map((run) => (
            <path key={run[0]!.period} d={run.map((p, i) => `${i ? 'L' : 'M'}${center(p).toFixed(1)},${yAt(p.value).toFixed(1)}`).join('')} />
          ))}
          {points.map((p) => (p.value === null ? null : (
            <circle key={p.period} class={p.partial ? 'partial' : undefined} cx={center(p)} cy={yAt(p.value)} r={n > 120 ? 1.5 : 2.5}>
              <title>{props.pointLabel(p)}</title>
            </circle>
          )))}
        </g>
      )}
      <g class="markers">
        {placed.map((m) => (
          <g key={m.id} class={`marker group-${m.group % 6}`} data-marker={m.id}>
            <line x1={m.x} x2={m.x} y1={12 + m.lane * LANE - 9} y2={bottom} />
            <text x={m.anchor === 'start' ? m.x + 3 : m.x - 3} y={12 + m.lane * LANE} text-anchor={m.anchor}>{m.label}</text>
          </g>
        ))}
      </g>
    </svg>
  );
}
