import { describe, expect, it } from 'vitest';
import { dataDir, readCatalogue } from '../catalogue/index.js';
import { CatalogueChange, catalogueChanges } from './index.js';

const { catalogue } = readCatalogue(dataDir());
const pathways = catalogue.pathways;

describe('analytics.catalogueChanges', () => {
  const changes = catalogueChanges(pathways, { lang: 'es' });

  it('lists a new pathway, its new rules and its closing, newest first', () => {
    expect(changes.filter((c) => c.pathway === 'co-etpv-ppt').map(({ id, date, kind, sources }) => ({ id, date, kind, sources }))).toEqual([
      { id: 'co-etpv-ppt/closed/2023-11-24', date: '2023-11-24', kind: 'closed', sources: ['meridiano-2023'] },
      { id: 'co-etpv-ppt/version/2022-05-29', date: '2022-05-29', kind: 'new_version', sources: ['decreto-216-2021', 'meridiano-2023'] },
      { id: 'co-etpv-ppt/new', date: '2021-03-01', kind: 'new_pathway', sources: ['decreto-216-2021'] },
    ]);
    const dates = changes.map((c) => c.date);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('dates a new pathway by its first record, an announcement included', () => {
    expect(changes.find((c) => c.id === 'mercosur-residence-agreement/new')?.date).toBe('2002-12-06');
  });

  it('closes a pathway whose rules ended without a closing event on their last day', () => {
    expect(changes.find((c) => c.pathway === 'ar-regimen-especial-venezolanos-2024' && c.kind === 'closed')).toMatchObject({ date: '2024-12-18', note: null });
  });

  it('titles each change in the asked language, with ids that do not depend on it', () => {
    const etpv = changes.find((c) => c.id === 'co-etpv-ppt/new');
    expect(etpv?.title).toMatch(/^Nueva vía: Estatuto Temporal de Protección/);
    expect(catalogueChanges(pathways, { lang: 'fr' }).map((c) => c.id)).toEqual(changes.map((c) => c.id));
    expect(new Set(changes.map((c) => c.id)).size).toBe(changes.length);
    for (const c of changes) expect(CatalogueChange.parse(c)).toEqual(c);
  });

  it('leaves out changes dated after `until`', () => {
    const untilEnd2023 = catalogueChanges(pathways, { until: '2023-12-31' });
    expect(untilEnd2023.every((c) => c.date <= '2023-12-31')).toBe(true);
    expect(untilEnd2023.length).toBe(changes.filter((c) => c.date <= '2023-12-31').length);
  });
});
