import { z } from 'zod';
import { IsoDate } from './dates.js';
import { OUTCOMES } from './outcome.js';

/** A readable test case: a person on a date, and the outcome expected for named pathways. */
export const Scenario = z.strictObject({
  name: z.string().min(1),
  as_of: IsoDate,
  profile: z.record(z.string(), z.unknown()),
  expect: z.record(z.string(), z.enum(OUTCOMES)).refine((e) => Object.keys(e).length > 0, 'expect at least one outcome'),
});
export type Scenario = z.infer<typeof Scenario>;

export const ScenarioFile = z.array(Scenario).min(1);
