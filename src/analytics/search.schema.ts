import { z } from 'zod';
import { PathwayType } from '../domain/index.js';

const Count = z.number().int().nonnegative();
const Alpha2 = z.string().regex(/^[A-Z]{2}$/);
const Known = (what: string) => z.strictObject({ true: Count, false: Count, unknown: Count })
  .meta({ description: `Pathways whose ${what} is true, false, or stated by no source.` });

/**
 * For each filter, how many pathways each of its values would give with the other filters
 * applied (standard faceted search): a value's count is what choosing it alone in that filter
 * would return. Facts no source states are counted under `unknown`.
 */
export const SearchFacets = z.strictObject({
  destination: z.record(Alpha2, Count).meta({ description: 'Every destination of the catalogue (and any asked for), by alpha-2 code.' }),
  nationality: z.record(Alpha2, Count).meta({
    description: 'The nationalities the catalogue\'s criteria name (and any asked for): pathways not ruled out for a national of each.',
  }),
  type: z.record(PathwayType, Count),
  status_granted: z.strictObject({ temporary: Count, permanent: Count, unknown: Count }),
  path_to_permanence: Known('path to permanent residence'),
  free_of_charge: Known('being free of charge'),
  open_on: z.strictObject({ open: Count, closed: Count }).nullable()
    .meta({ description: 'With open_on: pathways with an eligibility version in force that day, and the others. Otherwise null.' }),
});
export type SearchFacets = z.infer<typeof SearchFacets>;

export const NextCursor = z.string().regex(/^[A-Za-z0-9_-]+$/).nullable()
  .meta({ description: 'Pass as `cursor` to get the next page; null on the last page. Opaque.' });
