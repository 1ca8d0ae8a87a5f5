import { describe, expect, it } from 'vitest';
import { dataDir, readCatalogue } from '../catalogue/index.js';
import { PATHWAY_TYPES } from '../domain/index.js';
import { isOpenOn, searchPathways, type SearchQuery } from './index.js';

const { catalogue } = readCatalogue(dataDir());
const pathways = catalogue.pathways;
const total = (query: SearchQuery) => searchPathways(pathways, query).total;
const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

/** Queries that leave the facet under test free and narrow the others. */
const QUERIES: SearchQuery[] = [
  {},
  { open_on: '2023-06-01' },
  { nationality: ['VE'], free_of_charge: true },
  { destination: ['US', 'MX'], q: 'humanitarian' },
  { type: ['regularization'], nationality: ['HT'], open_on: '2019-01-01' },
];

describe('analytics.searchPathways: facets', () => {
  it.each(QUERIES)('counts, for each value, what choosing that value would give (%o)', (base) => {
    const { facets } = searchPathways(pathways, base);
    for (const [d, n] of Object.entries(facets.destination)) expect(total({ ...base, destination: [d] }), `destination ${d}`).toBe(n);
    for (const [t, n] of Object.entries(facets.type)) expect(total({ ...base, type: [t as (typeof PATHWAY_TYPES)[number]] }), `type ${t}`).toBe(n);
    for (const s of ['temporary', 'permanent'] as const) expect(total({ ...base, status_granted: [s] })).toBe(facets.status_granted[s]);
    for (const b of [true, false]) {
      expect(total({ ...base, free_of_charge: b })).toBe(facets.free_of_charge[`${b}`]);
      expect(total({ ...base, path_to_permanence: b })).toBe(facets.path_to_permanence[`${b}`]);
    }
    for (const n of ['VE', 'HT', 'AR', 'MX', 'CU']) expect(total({ ...base, nationality: [n] }), `nationality ${n}`).toBe(facets.nationality[n]);
  });

  it.each(QUERIES)('sums single-valued facets, unknown included, to the total without that filter (%o)', (base) => {
    const { facets } = searchPathways(pathways, base);
    const without = (key: keyof SearchQuery) => total({ ...base, [key]: undefined });
    expect(sum(facets.type)).toBe(without('type'));
    expect(sum(facets.status_granted)).toBe(without('status_granted'));
    expect(sum(facets.free_of_charge)).toBe(without('free_of_charge'));
    expect(sum(facets.path_to_permanence)).toBe(without('path_to_permanence'));
  });

  it('still counts the other values of a filter that is set (to switch to them)', () => {
    const { facets, total: n } = searchPathways(pathways, { type: ['parole'] });
    expect(facets.type.parole).toBe(n);
    expect(facets.type.regularization).toBeGreaterThan(0);
    expect(Object.keys(facets.type).sort()).toEqual([...PATHWAY_TYPES].sort());
  });

  it('counts facts no source states as unknown', () => {
    const { facets } = searchPathways(pathways, {});
    expect(facets.free_of_charge.unknown).toBe(pathways.filter((p) => p.application.free_of_charge.value === null).length);
    expect(facets.status_granted.unknown).toBe(pathways.filter((p) => p.status_granted.value === null).length);
  });

  it('lists the nationalities the criteria name, and any asked for', () => {
    expect(Object.keys(searchPathways(pathways, {}).facets.nationality)).toEqual(expect.arrayContaining(['VE', 'HT', 'AR', 'NI', 'CU']));
    expect(searchPathways(pathways, { nationality: ['KE'] }).facets.nationality.KE).toBe(total({ nationality: ['KE'] }));
  });

  it('splits open and closed only when open_on is asked', () => {
    expect(searchPathways(pathways, {}).facets.open_on).toBeNull();
    const { facets, total: open } = searchPathways(pathways, { open_on: '2021-06-01', destination: ['CO'] });
    expect(facets.open_on).toEqual({ open, closed: total({ destination: ['CO'] }) - open });
  });

  it('counts the closed pathways a nationality could have used, although that filter reads the date', () => {
    const { facets, total: open } = searchPathways(pathways, { nationality: ['VE'], open_on: '2022-06-01' });
    const everAdmitting = searchPathways(pathways, { nationality: ['VE'] }, { limit: 100 }).items;
    const closed = everAdmitting.filter((p) => !isOpenOn(p, '2022-06-01')).length;
    expect(closed).toBeGreaterThan(0);
    expect(facets.open_on).toEqual({ open, closed });
  });
});
