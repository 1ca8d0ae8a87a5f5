import { z } from '@hono/zod-openapi';
import { Pathway } from '../../../domain/index.js';
import { DateParam } from '../pathways/query-params.js';

/** `?as_of=` of the downloads whose columns depend on a day (`in_force`, `status`). */
export const AsOfQuery = z.strictObject({
  as_of: DateParam.optional().meta({
    description: 'The day the file describes: whether each pathway is in force (`in_force`, HXL `#status`) and the date in the file name; for the Data Package also its release date. Default: today.',
    example: '2023-06-11',
  }),
});
export type AsOfQuery = z.infer<typeof AsOfQuery>;

/** The JSON download takes no parameter: the whole records do not depend on a day. */
export const NoQuery = z.strictObject({});

/** `pathways.json`: the whole sourced records, as the Data Package's `data/pathways.json` holds them. */
export const PathwaysFile = z.strictObject({
  version: z.string().meta({ description: 'The dataset release (data/CHANGELOG.md).', example: '0.1.0' }),
  pathways: z.array(Pathway),
}).openapi('PathwaysFile');
export type PathwaysFile = z.infer<typeof PathwaysFile>;
