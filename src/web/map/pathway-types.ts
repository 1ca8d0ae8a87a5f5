import type { PathwaySummary } from '../api/contract.js';

export type PathwayType = PathwaySummary['type'];

/**
 * The pathway types, in the catalogue's order, for the type filters of the map and coverage pages
 * (the domain's list comes with zod, which the web app does not ship; pathway-types.test.ts keeps
 * the two equal).
 */
export const PATHWAY_TYPES: readonly PathwayType[] = [
  'regional_agreement', 'labor_temporary', 'labor_circular', 'labor_permanent', 'humanitarian_visa',
  'parole', 'temporary_protection', 'regularization', 'family', 'study', 'resettlement', 'other',
];

/** `value` as a pathway type, or null when it is none. */
export function asPathwayType(value: string | undefined): PathwayType | null {
  return (PATHWAY_TYPES as readonly string[]).includes(value ?? '') ? (value as PathwayType) : null;
}
