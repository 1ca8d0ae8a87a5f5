import { z } from '@hono/zod-openapi';
import { APPLICATION_CHANNELS, CountryCode, IsoDate, JsonLogic, LANGS, PathwayType, Slug } from '../../../domain/index.js';
import { LangQuery } from '../lang.js';
import { Question } from '../variables/schema.js';

export const FinderDataQuery = z.strictObject({ lang: LangQuery });

/** One criterion as the finder evaluates and explains it: its rule and its words. */
const FinderCriterion = z.strictObject({
  id: Slug,
  label: z.string().meta({ description: 'The criterion in words, in the requested language: what a "not eligible" answer quotes.' }),
  rule: JsonLogic,
});

/** One dated eligibility version, as `checkPathway` reads it. */
const FinderVersion = z.strictObject({
  valid_from: IsoDate,
  valid_to: IsoDate.nullable().meta({ description: 'null: still in force.' }),
  rules_known: z.boolean().meta({ description: 'false: the programme was open but its rules are not in our sources (`note` says why); the outcome is unknown.' }),
  note: z.string().optional().meta({ description: 'Why the rules are not known (only when `rules_known` is false).' }),
  criteria: z.array(FinderCriterion),
});

/** A pathway as the finder needs it: what to show in a result, and its dated rules. */
const FinderPathway = z.strictObject({
  id: Slug,
  name: z.string(),
  summary: z.string(),
  type: PathwayType,
  destinations: z.array(CountryCode),
  status_granted: z.enum(['temporary', 'permanent']).nullable(),
  path_to_permanence: z.boolean().nullable(),
  free_of_charge: z.boolean().nullable().meta({ description: 'true: the procedure costs nothing (a finder warns that paying an intermediary is not required).' }),
  official_url: z.string().nullable().meta({ description: 'The official channel to apply through; null when no source gives one.' }),
  channels: z.array(z.enum(APPLICATION_CHANNELS)).nullable(),
  eligibility: z.array(FinderVersion),
});

/**
 * Everything a client-side finder needs to run the rules engine without sending any answer:
 * the questions, the countries, and every pathway's dated rules with their words, in one language.
 */
export const FinderData = z.strictObject({
  lang: z.enum(LANGS),
  generated: IsoDate.meta({ description: 'The day this answer was made: the "data as of" date a finder shows, offline too.' }),
  reviewed: IsoDate.nullable().meta({ description: 'The latest `last_reviewed` of the pathways.' }),
  countries: z.array(CountryCode).meta({ description: 'Every ISO 3166-1 alpha-2 code a nationality or country answer may take.' }),
  variables: z.array(Question),
  pathways: z.array(FinderPathway),
}).openapi('FinderData');
export type FinderData = z.infer<typeof FinderData>;
