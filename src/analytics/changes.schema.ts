import { z } from 'zod';
import { IsoDate, Slug } from '../domain/index.js';

export const CHANGE_KINDS = ['new_pathway', 'new_version', 'closed'] as const;

/** One dated change of the catalogue, for a feed. */
export const CatalogueChange = z.strictObject({
  id: z.string().meta({ description: 'Stable: the same change keeps its id across catalogue releases.', example: 'co-etpv-ppt/version/2022-05-29' }),
  date: IsoDate,
  pathway: Slug,
  kind: z.enum(CHANGE_KINDS).meta({
    description: '`new_pathway`: its first dated record (announcement, opening or rules); `new_version`: new eligibility rules; `closed`: a closing event, or the end of its last rules when no event records one.',
  }),
  title: z.string(),
  note: z.string().nullable(),
  sources: z.array(Slug).meta({ description: 'Ids of the pathway\'s sources that report the change.' }),
});
export type CatalogueChange = z.infer<typeof CatalogueChange>;
