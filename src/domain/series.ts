import { z } from 'zod';
import { IsoDate } from './dates.js';

/** A publisher's three-letter area code: ISO 3166-1 alpha-3, or a code such as UKN (unknown) or STA (stateless). */
export const AreaCode = z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter area code, e.g. VEN');

/** YYYY (a year), YYYY-MM (a month) or YYYY-MM-DD (a day). */
export const Period = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be a period written YYYY, YYYY-MM or YYYY-MM-DD');

/**
 * One value of a statistical series the pathways are read against, e.g. encounters of
 * Venezuelan nationals at the US southwest border in 2023-05. `origin` is null when the
 * publisher gives no breakdown by origin; `location` is the area the value is about. Unit,
 * publisher and licence are the series' (SeriesInfo), shared by all its observations.
 */
export const Observation = z.strictObject({
  indicator: z.string().regex(/^[a-z0-9_.]+$/),
  origin: AreaCode.nullable(),
  location: AreaCode.nullable(),
  period: Period,
  value: z.number().finite(),
});
export type Observation = z.infer<typeof Observation>;

/** What a series measures, who published it, and under which licence. */
export const SeriesInfo = z.strictObject({
  indicator: z.string().regex(/^[a-z0-9_.]+$/, 'must be lower-case words joined by dots or underscores'),
  title: z.string().min(1),
  description: z.string().min(1),
  unit: z.string().min(1),
  frequency: z.enum(['monthly', 'annual', 'mixed']),
  publisher: z.string().min(1),
  url: z.url(),
  licence: z.string().min(1),
  /** Open Definition / SPDX licence id, e.g. CC-BY-4.0, other-pd (public domain), notspecified. */
  licence_id: z.string().regex(/^[A-Za-z0-9.-]+$/),
  /** The compilation it was taken from, when not taken from the publisher directly. */
  via: z.string().min(1).nullable(),
  /** The date the publisher last updated the data, when known. */
  published: IsoDate.nullable(),
});
export type SeriesInfo = z.infer<typeof SeriesInfo>;
