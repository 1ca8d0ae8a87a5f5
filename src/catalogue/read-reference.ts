import type { Bloc, Country } from '../domain/index.js';
import type { CatalogueIssue } from './issue.js';
import { readBlocs } from './read-blocs.js';
import { readCountries } from './read-countries.js';

/** Countries and blocs, with every bloc member checked against the country list. */
export function readReference(dataDir: string): { countries: Country[]; blocs: Bloc[]; issues: CatalogueIssue[] } {
  const { countries, issues } = readCountries(dataDir);
  const blocs = readBlocs(dataDir);
  return { countries, blocs: blocs.blocs, issues: [...issues, ...blocs.issues] };
}
