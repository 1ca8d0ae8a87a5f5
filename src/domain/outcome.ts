/**
 * What the engine says of one pathway for one person on one date.
 * - `eligible`: every criterion of the version in force is met;
 * - `not_eligible`: at least one criterion is not met (an unknown never hides a definite no);
 * - `unknown`: nothing failed, but some criterion depends on an unanswered question;
 * - `closed`: no eligibility version was in force on that date.
 */
export const OUTCOMES = ['eligible', 'not_eligible', 'unknown', 'closed'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface CriterionResult {
  id: string;
  /** true = met, false = not met, null = unknown (depends on an unanswered question). */
  met: boolean | null;
  label: string;
  /** Ids of the pathway sources that state this criterion. */
  sources: string[];
}

export interface PathwayResult {
  pathway: string;
  outcome: Outcome;
  criteria: CriterionResult[];
  /** Variables whose answers would decide an `unknown` outcome. */
  missing: string[];
}

export interface CheckReport {
  as_of: string;
  results: PathwayResult[];
}
