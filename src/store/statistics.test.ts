import { expect, it } from 'vitest';
import type { Observation, SeriesInfo } from '../domain/index.js';
import { listSeries, loadStatistics, queryObservations, sumObservations } from './index.js';
import { describeEachBackend } from './test-backends.js';

const series: SeriesInfo[] = [{
  indicator: 'darien.transits', title: 'Darién transits', description: 'Test series', unit: 'persons', frequency: 'mixed',
  publisher: 'SNM', url: 'https://www.migracion.gob.pa/estadisticas/', licence: 'test', licence_id: 'notspecified', via: null, published: null,
}];
const observations: Observation[] = [
  { indicator: 'darien.transits', origin: 'VEN', location: 'PAN', period: '2019', value: 5 },
  { indicator: 'darien.transits', origin: 'VEN', location: 'PAN', period: '2023-01', value: 100 },
  { indicator: 'darien.transits', origin: 'HTI', location: 'PAN', period: '2023-12', value: 7 },
  { indicator: 'darien.transits', origin: null, location: 'PAN', period: '2024-01', value: 3 },
];

describeEachBackend('store statistics', (getDb) => {
  it('round-trips series and observations, keeping "no breakdown" as null', async () => {
    await loadStatistics(getDb(), { series, observations, fingerprint: 'a' });
    expect(await listSeries(getDb())).toEqual(series.map((s) => ({ ...s, measure: 'flow', first_period: '2019', last_period: '2024-01' })));
    expect((await queryObservations(getDb(), { indicator: 'darien.transits' })).observations).toEqual(observations);
  });
  it('filters by origin and by inclusive period bounds of any granularity', async () => {
    await loadStatistics(getDb(), { series, observations, fingerprint: 'a' });
    expect(await sumObservations(getDb(), { indicator: 'darien.transits', from: '2023', to: '2023' })).toBe(107);
    expect(await sumObservations(getDb(), { indicator: 'darien.transits', origin: 'VEN' })).toBe(105);
    expect(await sumObservations(getDb(), { indicator: 'darien.transits', from: '2023-06' })).toBe(10);
    expect(await sumObservations(getDb(), { indicator: 'no.such' })).toBe(0);
  });
  it('writes nothing when statistics with the same fingerprint are loaded again, and reports progress', async () => {
    const progress: number[] = [];
    expect((await loadStatistics(getDb(), { series, observations, fingerprint: 'a' }, (done) => progress.push(done))).changed).toBe(true);
    expect(progress.at(-1)).toBe(observations.length);
    expect((await loadStatistics(getDb(), { series, observations, fingerprint: 'a' })).changed).toBe(false);
  });
  it('keeps the previous statistics when a load fails half-way', async () => {
    await loadStatistics(getDb(), { series, observations, fingerprint: 'a' });
    const orphan: Observation = { indicator: 'unknown.indicator', origin: null, location: null, period: '2020', value: 1 };
    await expect(loadStatistics(getDb(), { series, observations: [...observations.slice(0, 2), orphan], fingerprint: 'b' })).rejects.toThrow();
    expect(await sumObservations(getDb(), { indicator: 'darien.transits' })).toBe(115);
  });
});
