import { describe, expect, it } from 'vitest';
import { dataDir, readCatalogue } from '../catalogue/index.js';
import { versionInForce } from '../domain/index.js';
import { foldTerm, searchPathways, type SearchQuery } from './index.js';

const { catalogue } = readCatalogue(dataDir());
const pathways = catalogue.pathways;

/** Every matching id (one page holds the whole catalogue). */
const ids = (query: SearchQuery) => searchPathways(pathways, query, { limit: 100, sort: 'name' }).items.map((p) => p.id);

describe('analytics.searchPathways: full text', () => {
  it('finds "Migración" when asked for "migracion", in any case, and ranks a name match first', () => {
    const hits = searchPathways(pathways, { q: 'migracion' }, { limit: 100 }).items;
    const withWordInSpanishName = pathways.filter((p) => /\bmigracion\b/.test(foldTerm(p.name.es))).map((p) => p.id);
    expect(withWordInSpanishName).toContain('cl-regularizacion-2021-ley-21325'); // "… de la Ley de Migración y Extranjería"
    expect(hits.map((p) => p.id)).toEqual(expect.arrayContaining(withWordInSpanishName));
    expect(foldTerm(hits[0]?.name.es ?? '')).toContain('migracion');
    expect(searchPathways(pathways, { q: 'MIGRACIÓN' }, { limit: 100 }).items).toEqual(hits);
  });

  it('matches word beginnings and small typos', () => {
    expect(ids({ q: 'migra' })).toContain('hn-amnistia-migratoria-transito'); // "migratoria"
    expect(ids({ q: 'Venezuala' })).toContain('us-tps-venezuela');
    expect(ids({ q: 'régularisation' })).toContain('pe-cpp-2023'); // French text, accent typed or not
  });

  it('needs every word but ignores the little ones ("visa for haitians")', () => {
    expect(ids({ q: 'visa for haitians' })).toContain('br-humanitarian-visa-haiti');
    const parole = ids({ q: 'parole' });
    const paroleVenezuela = ids({ q: 'parole venezuela' });
    expect(paroleVenezuela.length).toBeGreaterThan(0);
    expect(paroleVenezuela.length).toBeLessThan(parole.length);
    expect(parole).toEqual(expect.arrayContaining(paroleVenezuela));
  });

  it('searches the other texts too: criteria, notes and source titles', () => {
    expect(ids({ q: 'Decreto 216' })).toContain('co-etpv-ppt'); // its source
    expect(ids({ q: 'RUMV' })).toContain('co-etpv-ppt'); // a required document
  });

  it('filters nothing when the query has no words', () => {
    expect(searchPathways(pathways, { q: ' ¿? ' }).total).toBe(pathways.length);
  });
});

describe('analytics.searchPathways: filters', () => {
  it('keeps a pathway for a nationality unless its criteria definitely rule that nationality out', () => {
    const ve = ids({ nationality: ['VE'] });
    expect(ve).toContain('co-etpv-ppt');
    expect(ve).toContain('cr-proteccion-complementaria-2020'); // unknown (other answers decide) stays in
    expect(ve).not.toContain('mercosur-residence-agreement'); // Venezuela never adhered
    expect(ve).not.toContain('br-humanitarian-visa-haiti');
    expect(ids({ nationality: ['AR'] })).toContain('mercosur-residence-agreement');
    const ht = ids({ nationality: ['HT'] });
    expect(ht).toContain('br-humanitarian-visa-haiti');
    expect(ht).not.toContain('co-etpv-ppt');
  });

  it('drops a pathway open to every nationality but one only for that one (COMAR: not for Mexicans)', () => {
    for (const n of ['VE', 'HT', 'CU', 'US']) expect(ids({ nationality: [n] })).toContain('mx-comar-refugee-recognition');
    expect(ids({ nationality: ['MX'] })).not.toContain('mx-comar-refugee-recognition');
  });

  it('judges nationality on open_on when given, else over the whole history', () => {
    expect(ids({ nationality: ['VE'], open_on: '2022-06-01' })).toContain('co-etpv-ppt');
    expect(ids({ nationality: ['VE'], open_on: '2020-01-01' })).not.toContain('co-etpv-ppt');
    expect(ids({ nationality: ['PY'] })).toContain('ar-patria-grande'); // closed since 2009, still in the catalogue
  });

  it('treats several values of one filter as any of them', () => {
    const co = ids({ destination: ['CO'] });
    const pe = ids({ destination: ['PE'] });
    expect(ids({ destination: ['CO', 'PE'] }).sort()).toEqual([...new Set([...co, ...pe])].sort());
    expect(ids({ nationality: ['VE', 'HT'] })).toEqual(expect.arrayContaining(['co-etpv-ppt', 'br-humanitarian-visa-haiti']));
  });

  it('keeps only pathways with a version in force on open_on', () => {
    const open = ids({ open_on: '2022-06-01' });
    expect(open).toContain('co-etpv-ppt');
    expect(open).not.toContain('ar-patria-grande');
    expect(open.sort()).toEqual(pathways.filter((p) => versionInForce(p.eligibility, '2022-06-01')).map((p) => p.id).sort());
  });

  it('matches true/false filters only on facts a source states', () => {
    const free = ids({ free_of_charge: true });
    const notFree = ids({ free_of_charge: false });
    const unknown = pathways.filter((p) => p.application.free_of_charge.value === null).map((p) => p.id);
    expect(free).toContain('co-etpv-ppt');
    expect(unknown.length).toBeGreaterThan(0);
    for (const id of unknown) expect([...free, ...notFree]).not.toContain(id);
    expect(free.length + notFree.length + unknown.length).toBe(pathways.length);
    expect(ids({ path_to_permanence: true })).toContain('co-etpv-ppt');
    expect(ids({ status_granted: ['permanent'] })).not.toContain('co-etpv-ppt');
  });

  it('combines filters with AND', () => {
    const found = ids({ destination: ['CO'], type: ['temporary_protection'], nationality: ['VE'], q: 'proteccion' });
    expect(found).toEqual(['co-etpv-ppt']);
  });

  it('rejects an impossible open_on date', () => {
    expect(() => searchPathways(pathways, { open_on: '2023-02-30' })).toThrow(expect.objectContaining({ code: 'invalid_date', field: 'open_on' }));
  });

  it('does not need the catalogue in a particular order or the same array twice', () => {
    const shuffled = [...pathways].reverse();
    expect(searchPathways(shuffled, { q: 'etpv' }).items.map((p) => p.id)).toEqual(searchPathways(pathways, { q: 'etpv' }).items.map((p) => p.id));
  });
});
