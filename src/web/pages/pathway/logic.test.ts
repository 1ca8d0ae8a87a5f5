import { describe, expect, it } from 'vitest';
import { dataDir, readCatalogue } from '../../../catalogue/index.js';
import { figureBars } from './figures.js';
import { sourceNumbers, sourceStanding } from './standing.js';
import { timeline } from './timeline.js';
import { arrangeVersions } from './versions.js';

const { catalogue } = readCatalogue(dataDir());
const pathway = (id: string) => {
  const found = catalogue.pathways.find((p) => p.id === id);
  if (!found) throw new Error(`no pathway ${id}`);
  return found;
};

describe('web pathway: which rules come first', () => {
  const etpv = pathway('co-etpv-ppt');
  it('shows the rules in force on the day, and the others newest first', () => {
    const { main, standing, others } = arrangeVersions(etpv.eligibility, '2021-06-01');
    expect([main.valid_from, standing]).toEqual(['2021-03-01', 'in_force']);
    expect(others.map((v) => v.valid_from)).toEqual(['2022-05-29']);
  });
  it('shows the last rules of a closed pathway as ended, and future rules as upcoming', () => {
    expect(arrangeVersions(etpv.eligibility, '2025-01-01')).toMatchObject({ main: { valid_from: '2022-05-29' }, standing: 'ended' });
    expect(arrangeVersions(etpv.eligibility, '2020-01-01')).toMatchObject({ main: { valid_from: '2022-05-29' }, standing: 'upcoming' });
  });
});

describe('web pathway: the timeline', () => {
  it('puts events and new rules in date order, an event before the rules it brings in', () => {
    const steps = timeline(pathway('co-etpv-ppt')).map((e) => `${e.date} ${e.kind === 'event' ? e.event.event : 'rules'}`);
    expect(steps).toEqual([
      '2021-03-01 opened', '2021-03-01 rules', '2021-04-28 amended', '2022-05-28 cutoff_changed', '2022-05-29 rules', '2023-11-24 closed',
    ]);
  });
  it('keeps every event and version of every pathway, in order', () => {
    for (const p of catalogue.pathways) {
      const entries = timeline(p);
      expect(entries).toHaveLength(p.lifecycle.length + p.eligibility.length);
      expect(entries.map((e) => e.date)).toEqual(entries.map((e) => e.date).sort());
    }
  });
});

describe('web pathway: how firmly it is sourced', () => {
  it('tells an official source from press alone', () => {
    expect(sourceStanding([{ kind: 'press' }, { kind: 'official' }])).toBe('official');
    expect(sourceStanding([{ kind: 'press' }, { kind: 'secondary' }])).toBe('press_only');
    expect(sourceStanding([{ kind: 'press' }, { kind: 'international_org' }])).toBe('unconfirmed');
    expect(sourceStanding(pathway('ar-visado-humanitario-ucrania').sources)).toBe('press_only');
  });
  it('numbers the sources in the record’s order', () => {
    expect([...sourceNumbers([{ id: 'a' }, { id: 'b' }])]).toEqual([['a', 1], ['b', 2]]);
  });
});

describe('web pathway: the figures chart', () => {
  it('orders bars by date and scales them to the largest count', () => {
    const bars = figureBars([
      { kind: 'approvals', count: 50, as_of: '2024-01-01', sources: ['s'] },
      { kind: 'applications', count: 200, as_of: '2023-01-01', sources: ['s'] },
    ]);
    expect(bars.map((b) => [b.figure.kind, b.share])).toEqual([['applications', 1], ['approvals', 0.25]]);
    expect(figureBars([{ kind: 'cap', count: 0, as_of: '2024-01-01', sources: ['s'] }])[0]?.share).toBe(0);
  });
});
