import { describe, expect, it } from 'vitest';
import { dataDir, readCountries } from './index.js';

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
