import { describe, expect, it } from 'vitest';
import { placeMarkers, type ChartMarker } from './markers.js';

const marker = (date: string, label: string, group = 0): ChartMarker => ({ id: `${label}:${date}`, date, label, group });
const x = (date: string) => (Number(date.slice(0, 4)) - 2020) * 100 + Number(date.slice(5, 7)) * 8;

describe('charts.placeMarkers', () => {
  it('stacks labels that would overlap and keeps far apart ones on one line', () => {
    const placed = placeMarkers([marker('2021-03-01', 'ETPV: opened'), marker('2021-04-01', 'PEP: closed', 1), marker('2023-01-01', 'CHNV: opened', 2)], x, 6, 760);
    expect(placed.map((m) => [m.label, m.lane])).toEqual([['ETPV: opened', 0], ['PEP: closed', 1], ['CHNV: opened', 0]]);
  });

  it('writes a label leftwards when it would run past the right edge', () => {
    const [placed] = placeMarkers([marker('2027-01-01', 'Safe Mobility: closed')], x, 6, 760);
    expect(placed).toMatchObject({ anchor: 'end', x: 708 });
  });

  it('orders by date whatever the input order', () => {
    const placed = placeMarkers([marker('2023-01-01', 'B'), marker('2021-01-01', 'A')], x, 6, 760);
    expect(placed.map((m) => m.label)).toEqual(['A', 'B']);
  });
});
