import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import countries from 'i18n-iso-countries';
import { Country, LANGS } from '../domain/index.js';
import type { CatalogueIssue } from './issue.js';
import { readCsvRows } from './statistics/csv-rows.js';

const require = createRequire(import.meta.url);
for (const lang of LANGS) countries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`) as countries.LocaleData);

/**
 * Countries from data/reference/country-codes.csv (datasets/country-codes, ODC-PDDL: ISO codes
 * and UN M49 regions) with short names in en/es/pt/fr from i18n-iso-countries (MIT).
 */
export function readCountries(dataDir: string): { countries: Country[]; issues: CatalogueIssue[] } {
  const absolute = join(dataDir, 'reference', 'country-codes.csv');
  const file = relative(join(dataDir, '..'), absolute);
  const columns = ['ISO3166-1-Alpha-2', 'ISO3166-1-Alpha-3', 'ISO3166-1-numeric', 'Region Code', 'Region Name', 'Sub-region Code', 'Sub-region Name', 'Intermediate Region Code', 'Intermediate Region Name'];
  const { rows, issues } = readCsvRows(absolute, file, columns);
  const result: Country[] = [];
  for (const row of rows) {
    const c = row.cells;
    const code = c['ISO3166-1-Alpha-2'] ?? '';
    if (!code) continue; // rows for areas without an ISO code (e.g. Sark)
    const area = (codeColumn: string, nameColumn: string) => (c[codeColumn] && c[nameColumn] ? { code: c[codeColumn] as string, name: c[nameColumn] as string } : null);
    const parsed = Country.safeParse({
      code,
      alpha3: c['ISO3166-1-Alpha-3'],
      numeric: (c['ISO3166-1-numeric'] ?? '').padStart(3, '0'),
      name: Object.fromEntries(LANGS.map((l) => [l, countries.getName(code, l) ?? ''])),
      region: area('Region Code', 'Region Name'),
      subregion: area('Sub-region Code', 'Sub-region Name'),
      intermediate_region: area('Intermediate Region Code', 'Intermediate Region Name'),
    });
    if (parsed.success) result.push(parsed.data);
    else issues.push({ file, path: parsed.error.issues[0]?.path.join('.') ?? '', line: row.line, message: `${code}: ${parsed.error.issues[0]?.message ?? 'invalid'}` });
  }
  return { countries: result.sort((a, b) => a.code.localeCompare(b.code)), issues };
}
