/**
 * The benchmark's inputs, rebuilt identically in every worker process from a seed: the
 * catalogue's real criteria (replicated to at least 200 rules) and synthetic profiles whose
 * nationalities, host countries and dates follow the shape of the displacement the catalogue
 * serves (mostly Venezuelan, Haitian, Colombian and Central American nationals in the region's
 * main host countries). Every profile answers every question, so the three-valued engine and the
 * two-valued peers must count exactly the same profiles per rule.
 */
import { dataDir, readCatalogue } from '../../src/catalogue/index.js';
import type { JsonLogic } from '../../src/domain/index.js';
import { seededRandom } from '../../test/support/random.js';

export const AS_OF = '2022-06-01';

export function benchmarkRules(): { rules: JsonLogic[]; distinct: number } {
  const { catalogue, issues } = readCatalogue(dataDir());
  if (issues.length > 0) throw new Error('the catalogue is invalid; run `vias validate`');
  const base = catalogue.pathways.flatMap((p) => p.eligibility.flatMap((v) => v.criteria.map((c) => c.rule)));
  const rules = Array.from({ length: Math.max(200, base.length) }, (_, i) => base[i % base.length] as JsonLogic);
  return { rules, distinct: base.length };
}

export type BenchProfile = ReturnType<typeof syntheticProfiles>[number];

export function syntheticProfiles(count: number, seed = 42) {
  const { rand, pick } = seededRandom(seed);
  const NATIONS = ['VE', 'VE', 'VE', 'CO', 'HT', 'HT', 'CU', 'NI', 'EC', 'PE', 'HN', 'GT', 'SV', 'BR', 'AR', 'MX', 'US', 'CN', 'AF'];
  const HOSTS = ['CO', 'CO', 'PE', 'EC', 'CL', 'BR', 'US', 'US', 'MX', 'AR', 'CR', 'PA', 'CA'];
  const date = (from: number, to: number) => new Date(from + rand() * (to - from)).toISOString().slice(0, 10);
  const T0 = Date.UTC(2010, 0, 1);
  const T1 = Date.UTC(2024, 0, 1);
  return Array.from({ length: count }, () => ({
    nationalities: rand() < 0.05 ? [pick(NATIONS), pick(NATIONS)] : [pick(NATIONS)],
    current_country: pick(HOSTS),
    entry_date: date(T0, T1),
    entry_regular: rand() < 0.6,
    birth_date: date(Date.UTC(1950, 0, 1), Date.UTC(2020, 0, 1)),
    asylum_claim_date: date(T0, T1),
    ramv_registered: rand() < 0.2,
    has_valid_passport: rand() < 0.7,
    has_criminal_record: rand() < 0.03,
    sponsor_countries: rand() < 0.2 ? ['US'] : [],
    job_offer_countries: rand() < 0.1 ? [pick(HOSTS)] : [],
    family: rand() < 0.3 ? [{ country: pick(HOSTS), relationship: pick(['spouse', 'child', 'parent']), status: pick(['citizen', 'permanent_resident', 'other']) }] : [],
    occupation_sector: pick(['agriculture', 'construction', 'care', 'health', 'other']),
    current_status: pick(['none', 'visitor', 'temporary_resident', 'asylum_seeker']),
  }));
}
