import { describe, expect, it } from 'vitest';
import { dataDir, readCatalogue } from '../catalogue/index.js';
import { ATTRIBUTES, comparePathways, Comparison, QueryError } from './index.js';

const { catalogue } = readCatalogue(dataDir());
const pathways = catalogue.pathways;
const row = (table: Comparison, path: string) => {
  const found = table.rows.find((r) => r.path === path);
  if (!found) throw new Error(`no row ${path}`);
  return found;
};

describe('analytics.comparePathways', () => {
  const table = comparePathways(pathways, ['co-etpv-ppt', 'pe-cpp-2023', 'us-tps-venezuela'], 'es');

  it('shows every attribute as a row with one cell per pathway, in the order asked', () => {
    expect(Comparison.parse(table)).toEqual(table);
    expect(table.rows.map((r) => r.path)).toEqual(ATTRIBUTES.map((a) => a.path));
    expect(table.rows.map((r) => r.path)).toEqual(expect.arrayContaining(['rights.work', 'application.fees', 'eligibility.criteria', 'figures.approvals']));
    for (const r of table.rows) expect(r.cells.map((c) => c.pathway)).toEqual(['co-etpv-ppt', 'pe-cpp-2023', 'us-tps-venezuela']);
  });

  it('marks rows same or different', () => {
    expect(row(table, 'type').comparison).toBe('different'); // temporary protection, regularization, temporary protection
    expect(row(table, 'status_granted').comparison).toBe('same'); // all temporary
    expect(row(table, 'rights.work').comparison).toBe('same');
    expect(row(table, 'application.free_of_charge').comparison).toBe('different');
    expect(row(table, 'rights.health').comparison).toBe('same'); // no source states it for any
  });

  it('speaks the asked language, and says when a value is unknown', () => {
    expect(row(table, 'type').label).toBe('Tipo');
    expect(row(table, 'type').cells.map((c) => c.text)).toEqual(['Protección temporal', 'Regularización', 'Protección temporal']);
    expect(row(table, 'duration').cells[0]?.text).toBe('10 años');
    expect(row(table, 'application.channels').cells[0]?.text).toBe('En línea y en persona');
    const health = row(table, 'rights.health').cells[0];
    expect(health).toMatchObject({ known: false, value: null, text: 'Desconocido' });
    expect(table.pathways[0]?.name).toMatch(/^Estatuto Temporal de Protección/);
  });

  it('keeps the sources of each value, and lists them', () => {
    const status = row(table, 'status_granted').cells[0];
    expect(status?.sources).toEqual(['decreto-216-2021']);
    table.pathways.forEach((p, i) => {
      const listed = new Set(p.sources.map((s) => s.id));
      for (const r of table.rows) for (const id of r.cells[i]?.sources ?? []) expect(listed, `${r.path}: ${id}`).toContain(id);
    });
  });

  it('finds nothing different between a pathway and itself, and shows a repeated id once', () => {
    const same = comparePathways(pathways, ['mercosur-residence-agreement', 'mercosur-residence-agreement'], 'en');
    expect(same.pathways).toHaveLength(1);
    expect(same.rows.every((r) => r.comparison === 'same')).toBe(true);
  });

  it('names every id the catalogue does not have', () => {
    const attempt = () => comparePathways(pathways, ['co-etpv-ppt', 'nope', 'co-etvp'], 'en');
    expect(attempt).toThrow(QueryError);
    expect(attempt).toThrow(expect.objectContaining({ code: 'unknown_pathways', field: 'ids', values: ['nope', 'co-etvp'] }));
    expect(() => comparePathways(pathways, [], 'en')).toThrow(expect.objectContaining({ code: 'invalid_ids' }));
  });
});
