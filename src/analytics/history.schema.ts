import { z } from 'zod';
import { IsoDate, LangSchema, LIFECYCLE_EVENTS, Slug, Source } from '../domain/index.js';

const Cited = z.array(Slug).meta({ description: 'Ids of the sources (listed under `sources`) that state it.' });

const EventEntry = z.strictObject({
  kind: z.literal('event'),
  date: IsoDate,
  event: z.enum(LIFECYCLE_EVENTS),
  label: z.string().meta({ description: 'The event in words.' }),
  note: z.string(),
  sources: Cited,
});

const VersionEntry = z.strictObject({
  kind: z.literal('version'),
  date: IsoDate.meta({ description: 'The first day the version is in force (= valid_from).' }),
  valid_from: IsoDate,
  valid_to: IsoDate.nullable().meta({ description: 'The last day in force; null: still in force.' }),
  rules_known: z.boolean().meta({ description: 'False: open, but its rules are not in our sources (see note).' }),
  note: z.string().nullable(),
  criteria: z.array(z.strictObject({ id: Slug, label: z.string(), sources: Cited })),
  sources: Cited,
});

/** A pathway's eligibility versions and lifecycle events in date order, each with its sources. */
export const PathwayHistory = z.strictObject({
  pathway: Slug,
  lang: LangSchema,
  entries: z.array(z.discriminatedUnion('kind', [EventEntry, VersionEntry])),
  sources: z.array(Source).meta({ description: 'Every source the entries cite.' }),
});
export type PathwayHistory = z.infer<typeof PathwayHistory>;
