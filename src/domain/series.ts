import { z } from 'zod';
import { IsoDate } from './dates.js';

/**
 * One observation of a statistical series the pathways are read against, e.g. encounters of
 * Venezuelan nationals at the US southwest border in 2023-05. `origin` and `location` are ISO
 * alpha-3 codes (or null for totals); `period` is YYYY, YYYY-MM or YYYY-MM-DD.
 */
export const Observation = z.strictObject({
  indicator: z.string().regex(/^[a-z0-9_.]+$/),
  unit: z.string().min(1),
  origin: z.string().regex(/^[A-Z]{3}$/).nullable(),
  location: z.string().regex(/^[A-Z]{3}$/).nullable(),
  period: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
  value: z.number(),
  source: z.string().min(1),
});
export type Observation = z.infer<typeof Observation>;

/** The metadata of a series: what it measures and who published it. */
export const SeriesInfo = z.strictObject({
  indicator: z.string().regex(/^[a-z0-9_.]+$/),
  title: z.string().min(1),
  unit: z.string().min(1),
  publisher: z.string().min(1),
  url: z.url(),
  licence: z.string().min(1),
  retrieved: IsoDate,
});
export type SeriesInfo = z.infer<typeof SeriesInfo>;
