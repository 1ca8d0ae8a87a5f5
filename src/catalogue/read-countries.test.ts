import { describe, expect, it } from 'vitest';
import { dataDir, readCountries, readReference } from './index.js';

const { countries, issues } = readCountries(dataDir());
const byCode = new Map(countries.map((c) => [c.code, c]));

describe('catalogue.readCountries', () => {
  it('reads every ISO 3166-1 country without a problem', () => {
    expect(issues).toEqual([]);
    expect(countries.length).toBeGreaterThanOrEqual(245);
  });
  it('names countries in the four languages', () => {
    expect(byCode.get('US')?.name).toMatchObject({ en: 'United States of America', es: 'Estados Unidos', pt: 'Estados Unidos', fr: "États-Unis d'Amérique" });
    expect(byCode.get('HT')?.name.fr).toBe('Haïti');
  });
  it('places countries in their UN M49 regions', () => {
    expect(byCode.get('VE')).toMatchObject({
      alpha3: 'VEN', numeric: '862', region: { code: '19', name: 'Americas' },
      subregion: { code: '419', name: 'Latin America and the Caribbean' }, intermediate_region: { code: '5', name: 'South America' },
    });
    expect(byCode.get('CA')?.subregion?.name).toBe('Northern America');
  });
});

describe('catalogue.readReference', () => {
  it('reads the five blocs, every member a known country citing its own sources', () => {
    const reference = readReference(dataDir());
    expect(reference.issues).toEqual([]);
    expect(reference.blocs.map((b) => b.id).sort()).toEqual(['ca4', 'can', 'caricom', 'mercosur', 'oecs']);
    const codes = new Set(reference.countries.map((c) => c.code));
    for (const bloc of reference.blocs) expect(bloc.members.every((m) => codes.has(m.country)), bloc.id).toBe(true);
    const ca4 = reference.blocs.find((b) => b.id === 'ca4');
    expect(ca4?.members.map((m) => m.country).sort()).toEqual(['GT', 'HN', 'NI', 'SV']);
  });
});
