import { z } from 'zod';
import { CountryCode } from './countries.js';
import { IsoDate } from './dates.js';
import { EligibilityVersion } from './eligibility.js';
import { fact } from './fact.js';
import { Figure } from './figure.js';
import { Localized } from './localized.js';
import { LifecycleEvent } from './lifecycle.js';
import { Slug, Source, SourceRefs } from './source.js';

export const PATHWAY_TYPES = [
  'regional_agreement', 'labor_temporary', 'labor_circular', 'labor_permanent', 'humanitarian_visa',
  'parole', 'temporary_protection', 'regularization', 'family', 'study', 'resettlement', 'other',
] as const;
export const PathwayType = z.enum(PATHWAY_TYPES);
export type PathwayType = z.infer<typeof PathwayType>;

export const LIMITATIONS = [
  'temporary_only', 'cutoff_excludes_new_arrivals', 'requires_valid_passport', 'cost_barrier', 'capped',
  'no_family', 'requires_sponsor', 'requires_job_offer', 'employer_tied', 'nationality_restricted',
  'requires_regular_entry', 'in_country_only', 'outside_country_only', 'no_path_to_permanence',
  'no_travel_abroad', 'documentation_barrier',
] as const;

export const APPLICATION_CHANNELS = ['online', 'in_person', 'consulate', 'employer', 'referral', 'mail'] as const;

/** An ISO 8601 duration such as P2Y (two years) or P180D. */
const Duration = z.string().regex(/^P(?=\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?$/, 'must be an ISO 8601 duration, e.g. P2Y or P6M');

const Fee = z.strictObject({
  amount: z.number().nonnegative(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 currency code, e.g. USD'),
  label: Localized,
});

const Document = z.strictObject({ id: Slug, label: Localized, sources: SourceRefs.min(1) });

/** The pathway's name in its original language and in the four catalogue languages. */
const PathwayName = Localized.extend({
  original: z.strictObject({ lang: z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/), text: z.string().min(1) }),
});

/**
 * A regular migration pathway: what it grants, who may use it and when, with every fact sourced.
 * Unknown facts are `value: null`, never guessed. See docs/data-model.md.
 */
export const Pathway = z.strictObject({
  id: Slug,
  name: PathwayName,
  summary: Localized,
  destinations: z.array(CountryCode).min(1, 'list at least one destination country'),
  type: PathwayType,
  status_granted: fact(z.enum(['temporary', 'permanent'])),
  duration: fact(Duration),
  renewable: fact(z.boolean()),
  path_to_permanence: fact(z.boolean()),
  rights: z.strictObject({
    work: fact(z.boolean()),
    family: fact(z.boolean()),
    health: fact(z.boolean()),
    education: fact(z.boolean()),
  }),
  application: z.strictObject({
    channels: fact(z.array(z.enum(APPLICATION_CHANNELS)).min(1)),
    official_url: fact(z.url()),
    fees: fact(z.array(Fee)),
    free_of_charge: fact(z.boolean()),
    cap: fact(z.number().int().positive()),
  }),
  required_documents: z.array(Document),
  lifecycle: z.array(LifecycleEvent),
  eligibility: z.array(EligibilityVersion).min(1, 'encode at least one dated eligibility version'),
  figures: z.array(Figure),
  sources: z.array(Source).min(1, 'every pathway needs at least one source'),
  limitations: z.array(z.enum(LIMITATIONS)),
  last_reviewed: IsoDate,
});
export type Pathway = z.infer<typeof Pathway>;

/** True when none of the pathway's sources is an official text (the web app flags these). */
export function needsOfficialSource(pathway: Pick<Pathway, 'sources'>): boolean {
  return !pathway.sources.some((s) => s.kind === 'official');
}
