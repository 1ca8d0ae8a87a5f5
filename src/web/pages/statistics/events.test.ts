import { describe, expect, it } from 'vitest';
import type { PathwayHistory, PathwaySummary } from '../../api/contract.js';
import { defaultMarks, eventsInRange, focusDestinations, orderCandidates, periodDays, shortName, singledOut, toMarkers, type LifecycleEventName } from './events.js';

const pathway = (id: string, name: string, destinations: string[]): PathwaySummary => ({
  id, name, name_original: name, summary: '', type: 'parole', destinations, status_granted: null, free_of_charge: null,
  path_to_permanence: null, open: false, needs_official_source: false, last_reviewed: '2025-01-01',
});
const chnv = pathway('us-chnv-parole', 'Parole processes for Cubans, Haitians, Nicaraguans and Venezuelans (CHNV parole)', ['US']);
const etpv = pathway('co-etpv-ppt', 'Temporary Protection Statute for Venezuelan Migrants (ETPV) – Temporary Protection Permit (PPT)', ['CO']);
const peru = pathway('pe-cpp-2023', 'Temporary Stay Permit (Peru, 2023)', ['PE']);
const h2a = pathway('us-h2a-agricultural', 'H-2A temporary agricultural workers', ['US']);

const source = { id: 'fr', url: 'https://example.org/fr', title: 'Federal Register notice', publisher: 'DHS', kind: 'official' as const, date: null };
const event = (date: string, name: LifecycleEventName, label: string) =>
  ({ kind: 'event' as const, date, event: name, label, note: '', sources: ['fr'] });
const history = (id: string, entries: PathwayHistory['entries']): PathwayHistory => ({ pathway: id, lang: 'en', entries, sources: [source] });
const chnvHistory = history('us-chnv-parole', [
  event('2022-10-12', 'announced', 'Announced'), event('2022-10-18', 'opened', 'Opened'), event('2023-01-06', 'amended', 'Amended'),
  event('2024-08-02', 'suspended', 'Suspended'), event('2025-03-25', 'closed', 'Closed'),
]);
const etpvHistory = history('co-etpv-ppt', [event('2021-03-01', 'opened', 'Opened'), event('2023-11-24', 'closed', 'Closed')]);

describe('statistics.events: which pathways', () => {
  it('keeps the pathways that single a nationality out, not those open to anyone', () => {
    expect(singledOut([chnv, etpv, h2a], [h2a]).map((p) => p.id)).toEqual(['us-chnv-parole', 'co-etpv-ppt']);
  });

  it('marks by default the pathways into the destinations a series is read against', () => {
    expect(focusDestinations('darien.transits')).toEqual(['US', 'CO']);
    expect(focusDestinations('cbp.sw_border_encounters')).toEqual(['US']);
    expect(focusDestinations('unhcr.refugees')).toEqual([]);
    const { focus, others } = orderCandidates([peru, chnv, etpv], 'darien.transits', 'en');
    expect(focus.map((p) => p.id)).toEqual(['us-chnv-parole', 'co-etpv-ppt']);
    expect(others.map((p) => p.id)).toEqual(['pe-cpp-2023']);
    expect(orderCandidates([peru, chnv, etpv], 'cbp.sw_border_encounters', 'en').focus.map((p) => p.id)).toEqual(['us-chnv-parole']);
  });

  it('writes a short name from the acronym in brackets, or the name cut short', () => {
    expect(shortName(chnv.name)).toBe('CHNV parole');
    expect(shortName(etpv.name)).toBe('ETPV');
    expect(shortName('Safe Mobility Initiative (Safe Mobility Offices)')).toBe('Safe Mobility Initiative');
    expect(shortName('Iniciativa Movilidad Segura (Oficinas de Movilidad Segura)')).toBe('Iniciativa Movilidad Segura');
    expect(shortName('Temporary Protection Permit for people who crossed before the cut-off')).toBe('Temporary Protection Permit…');
  });
});

describe('statistics.events: which events', () => {
  const { first, last } = periodDays('2021-01', '2025-01');

  it('keeps openings, suspensions and closings inside the period shown, in date order', () => {
    const events = eventsInRange([chnvHistory, etpvHistory], [chnv, etpv], 'main', first, last);
    expect(events.map((e) => `${e.date} ${e.pathway} ${e.event}`)).toEqual([
      '2021-03-01 co-etpv-ppt opened', '2022-10-18 us-chnv-parole opened', '2023-11-24 co-etpv-ppt closed', '2024-08-02 us-chnv-parole suspended',
    ]);
    expect(events[0]).toMatchObject({ group: 1, sources: [{ title: 'Federal Register notice', url: 'https://example.org/fr' }] });
  });

  it('adds announcements and amendments when every change is asked for, and leaves out unmarked pathways', () => {
    const events = eventsInRange([chnvHistory, etpvHistory], [chnv], 'all', first, last);
    expect(events.map((e) => e.event)).toEqual(['announced', 'opened', 'amended', 'suspended']);
  });

  it('labels each rule with the pathway’s short name and the event', () => {
    const [marker] = toMarkers(eventsInRange([chnvHistory], [chnv], 'main', first, last));
    expect(marker).toEqual({ id: 'us-chnv-parole:2022-10-18:opened', date: '2022-10-18', label: 'CHNV parole: Opened', group: 0 });
  });

  it('turns periods into the calendar days they cover', () => {
    expect(periodDays('2021-02', '2024')).toEqual({ first: '2021-02-01', last: '2024-12-31' });
    expect(periodDays('2020', '2024-02')).toEqual({ first: '2020-01-01', last: '2024-02-29' });
  });
});

describe('statistics.events: default marks', () => {
  const safeMobility = pathway('us-safe-mobility-offices', 'Safe Mobility Initiative (Safe Mobility Offices)', ['US', 'CA', 'ES']);
  const tps = pathway('us-tps-venezuela', 'Temporary Protected Status (TPS) for Venezuela', ['US']);

  it('marks the featured pathways on the Darién, as far as they single out the nationality', () => {
    expect(defaultMarks('darien.transits', [chnv, etpv, safeMobility, tps])).toEqual(['us-chnv-parole', 'us-safe-mobility-offices', 'co-etpv-ppt']);
    expect(defaultMarks('darien.transits', [safeMobility, tps])).toEqual(['us-safe-mobility-offices']);
  });

  it('marks every focus pathway where no pick is made, and falls back to them when none of the pick applies', () => {
    expect(defaultMarks('cbp.sw_border_encounters', [chnv, tps])).toEqual(['us-chnv-parole', 'us-tps-venezuela']);
    expect(defaultMarks('darien.transits', [tps])).toEqual(['us-tps-venezuela']);
  });
});
