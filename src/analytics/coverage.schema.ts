import { z } from 'zod';
import { IsoDate, PathwayType, Slug } from '../domain/index.js';

const Alpha2 = z.string().regex(/^[A-Z]{2}$/);
const Count = z.number().int().nonnegative();

const CoverageCell = z.strictObject({
  nationality: Alpha2,
  destination: Alpha2,
  count: Count,
  by_type: z.partialRecord(PathwayType, Count).meta({ description: 'The cell\'s pathways by type (types with none left out).' }),
  pathways: z.array(z.strictObject({
    id: Slug,
    type: PathwayType,
    admits: z.enum(['eligible', 'unknown']).meta({
      description: '`eligible`: nationality alone satisfies every criterion; `unknown`: other answers decide.',
    }),
  })),
});

/**
 * Nationality × destination on one date: for each pair, the pathways open that day that a national
 * of the country is not definitely ruled out of. Only cells with at least one pathway are listed.
 */
export const Coverage = z.strictObject({
  as_of: IsoDate,
  nationalities: z.array(Alpha2).meta({ description: 'The rows.' }),
  destinations: z.array(Alpha2).meta({ description: 'The columns: every destination of the catalogue.' }),
  cells: z.array(CoverageCell),
});
export type Coverage = z.infer<typeof Coverage>;
