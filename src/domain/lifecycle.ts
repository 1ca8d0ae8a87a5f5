import { z } from 'zod';
import { IsoDate } from './dates.js';
import { Localized } from './localized.js';
import { SourceRefs } from './source.js';

export const LIFECYCLE_EVENTS = [
  'announced', 'opened', 'amended', 'cutoff_changed', 'extended', 'suspended', 'reopened', 'closed',
] as const;

/** A dated change in a pathway's life, with the source that reports it. */
export const LifecycleEvent = z.strictObject({
  date: IsoDate,
  event: z.enum(LIFECYCLE_EVENTS),
  note: Localized,
  sources: SourceRefs.min(1, 'every lifecycle event must cite a source'),
});
export type LifecycleEvent = z.infer<typeof LifecycleEvent>;
