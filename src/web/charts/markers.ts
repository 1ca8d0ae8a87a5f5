/** A dated event drawn on a time chart as a labelled vertical rule. */
export interface ChartMarker {
  /** Stable key, e.g. `us-chnv-parole:2022-10-18:opened`. */
  id: string;
  /** The calendar day, YYYY-MM-DD. */
  date: string;
  /** The short label written on the chart, e.g. "CHNV parole: opened". */
  label: string;
  /** Which group (pathway) it belongs to: rules of one group share a style. */
  group: number;
}

/** A marker placed: where its rule stands, and on which line (lane) above the plot its label goes. */
export interface PlacedMarker extends ChartMarker {
  x: number;
  lane: number;
  /** `start`: the label runs right of the rule; `end`: left of it, near the right edge. */
  anchor: 'start' | 'end';
}

/**
 * Places each marker's rule at `x(date)` and stacks the labels in lanes so none overlaps
 * another: a label takes the first lane where it fits, given about `charWidth` per character.
 * Labels that would run past `right` are written leftwards from their rule.
 *
 * @example placeMarkers(markers, (d) => scale(d), 6, 700).map((m) => m.lane) // [0, 1, 0]
 */
export function placeMarkers(markers: readonly ChartMarker[], x: (date: string) => number, charWidth: number, right: number): PlacedMarker[] {
  const lanes: number[] = []; // per lane, the right end of its last label
  const gap = charWidth;
  return [...markers]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.group - b.group))
    .map((marker) => {
      const at = x(marker.date);
      const width = marker.label.length * charWidth + 4;
      const anchor = at + width > right ? 'end' : 'start';
      const [left, end] = anchor === 'start' ? [at, at + width] : [at - width, at];
      let lane = lanes.findIndex((taken) => taken + gap <= left);
      if (lane === -1) lane = lanes.push(end) - 1;
      else lanes[lane] = end;
      return { ...marker, x: at, lane, anchor };
    });
}
