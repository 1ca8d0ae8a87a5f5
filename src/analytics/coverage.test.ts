import { describe, expect, it } from 'vitest';
import { dataDir, readCatalogue } from '../catalogue/index.js';
import { Coverage, coverageMatrix, mentionedNationalities, searchPathways } from './index.js';

const { catalogue } = readCatalogue(dataDir());
const pathways = catalogue.pathways;
const cellIds = (m: Coverage, nationality: string, destination: string) =>
  m.cells.find((c) => c.nationality === nationality && c.destination === destination)?.pathways.map((p) => p.id) ?? [];

describe('analytics.coverageMatrix', () => {
  const nationalities = mentionedNationalities(pathways);
  const june2022 = coverageMatrix(pathways, nationalities, '2022-06-01');

  it('offers Venezuelans the ETPV in Colombia while it was open, and not before', () => {
    expect(cellIds(june2022, 'VE', 'CO')).toContain('co-etpv-ppt');
    expect(june2022.cells.find((c) => c.nationality === 'VE' && c.destination === 'CO')?.pathways)
      .toContainEqual({ id: 'co-etpv-ppt', type: 'temporary_protection', admits: 'unknown' });
    expect(cellIds(coverageMatrix(pathways, nationalities, '2020-01-01'), 'VE', 'CO')).not.toContain('co-etpv-ppt');
  });

  it('leaves out a pathway whose criteria definitely rule the nationality out', () => {
    expect(cellIds(june2022, 'HT', 'CO')).not.toContain('co-etpv-ppt');
    expect(cellIds(june2022, 'AR', 'BR')).toContain('mercosur-residence-agreement');
    expect(cellIds(june2022, 'VE', 'BR')).not.toContain('mercosur-residence-agreement');
  });

  it('keeps a pathway whose rules for the period are not in our sources', () => {
    expect(coverageMatrix(pathways, ['GT'], '2026-01-15').cells.find((c) => c.destination === 'US')?.pathways)
      .toContainEqual({ id: 'us-h2a-agricultural', type: 'labor_temporary', admits: 'unknown' });
  });

  it('offers no country to its own nationals', () => {
    expect(june2022.cells.filter((c) => c.nationality === c.destination)).toEqual([]);
  });

  it('counts each cell by type', () => {
    expect(Coverage.parse(june2022)).toEqual(june2022);
    for (const cell of june2022.cells) {
      expect(cell.count).toBe(cell.pathways.length);
      const byType: Record<string, number> = {};
      for (const p of cell.pathways) byType[p.type] = (byType[p.type] ?? 0) + 1;
      expect(cell.by_type).toEqual(byType);
    }
  });

  it('agrees with the search filtered by nationality, destination and date', () => {
    for (const n of ['VE', 'HT', 'NI', 'CU', 'AR']) {
      for (const d of june2022.destinations.filter((x) => x !== n)) {
        const found = searchPathways(pathways, { nationality: [n], destination: [d], open_on: '2022-06-01' }, { limit: 100 }).items.map((p) => p.id);
        expect(cellIds(june2022, n, d).sort(), `${n} → ${d}`).toEqual(found.sort());
      }
    }
  });

  it('spans every destination of the catalogue and the rows asked for', () => {
    expect(june2022.nationalities).toEqual(nationalities);
    expect(june2022.destinations).toEqual([...new Set(pathways.flatMap((p) => p.destinations))].sort());
    expect(() => coverageMatrix(pathways, ['VE'], '2022-13-01')).toThrow(expect.objectContaining({ code: 'invalid_date', field: 'as_of' }));
  });
});
