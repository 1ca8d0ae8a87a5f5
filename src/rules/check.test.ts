import { describe, expect, it } from 'vitest';
import { dataDir, readCatalogue } from '../catalogue/index.js';
import { EligibilityVersion, type Pathway } from '../domain/index.js';
import { checkPathway } from './index.js';

const { catalogue } = readCatalogue(dataDir());
const pathway = (id: string) => catalogue.pathways.find((p) => p.id === id) as Pathway;
const mexicanFarmWorker = { nationalities: ['MX'], job_offer_countries: ['US'], occupation_sector: 'agriculture' };

describe('rules.checkPathway on real pathways', () => {
  it('answers each date with the version in force then', () => {
    expect(checkPathway(pathway('us-h2a-agricultural'), mexicanFarmWorker, { asOf: '2024-12-01', lang: 'en' }).outcome).toBe('eligible');
    expect(checkPathway(pathway('us-h2a-agricultural'), mexicanFarmWorker, { asOf: '2023-01-01', lang: 'en' }).outcome).toBe('closed');
  });
  it('says unknown, not closed, for a period whose rules are not in the sources', () => {
    const result = checkPathway(pathway('us-h2a-agricultural'), mexicanFarmWorker, { asOf: '2026-01-15', lang: 'es' });
    expect(result).toEqual({ pathway: 'us-h2a-agricultural', outcome: 'unknown', criteria: [], missing: [] });
  });
  it('lists the failed criterion in the requested language, with its sources', () => {
    const result = checkPathway(pathway('co-etpv-ppt'), { nationalities: ['CO'], current_country: 'CO' }, { asOf: '2021-09-01', lang: 'pt' });
    expect(result.outcome).toBe('not_eligible');
    expect(result.criteria.find((c) => c.met === false)).toMatchObject({ id: 'venezuelan-national', label: 'Nacional da Venezuela', sources: ['decreto-216-2021'] });
  });
});

describe('domain.EligibilityVersion', () => {
  const note = { en: 'Why', es: 'Por qué', pt: 'Por quê', fr: 'Pourquoi' };
  it('requires criteria unless the rules are declared unknown, with a note', () => {
    expect(EligibilityVersion.safeParse({ valid_from: '2025-01-01', valid_to: null, criteria: [] }).success).toBe(false);
    expect(EligibilityVersion.safeParse({ valid_from: '2025-01-01', valid_to: null, rules_known: false, criteria: [] }).success).toBe(false);
    expect(EligibilityVersion.safeParse({ valid_from: '2025-01-01', valid_to: null, rules_known: false, note, criteria: [] }).success).toBe(true);
  });
});
