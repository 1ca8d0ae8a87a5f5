import type { Profile } from '../../domain/index.js';
import type { Outcome, PathwayResult } from '../../domain/outcome.js';
import type { FinderEngine, FinderPathway, FinderVariable } from './engine.js';

export interface EligibleResult { pathway: FinderPathway }
export interface UnknownResult {
  pathway: FinderPathway;
  /** The questions whose answers would decide it, in the order the finder asks them. */
  missing: FinderVariable[];
  /** When its rules for the date are not in our sources: why (no answer decides it then). */
  note: string | null;
}
export interface NotEligibleResult {
  pathway: FinderPathway;
  /** The criteria not met, in words. */
  unmet: string[];
}
export interface ClosedResult {
  pathway: FinderPathway;
  /** The last day it was open, if it ever was before the date. */
  closedOn: string | null;
  /** The day it opens, if a version starts later. */
  opensOn: string | null;
  /** False when the answers fail its rules as they stood on its last day: it would not have fitted anyway. */
  mightHaveFitted: boolean;
}

/** The finder's answer: every pathway in one group, as the rules engine decides on `asOf`. */
export interface FinderResults {
  asOf: string;
  eligible: EligibleResult[];
  unknown: UnknownResult[];
  notEligible: NotEligibleResult[];
  closed: ClosedResult[];
  /** Each pathway's outcome, by id. */
  outcomes: Record<string, Outcome>;
}

function closedResult(engine: FinderEngine, pathway: FinderPathway, profile: Profile, asOf: string): ClosedResult {
  const ends = pathway.eligibility.map((v) => v.valid_to).filter((d): d is string => d !== null && d < asOf).sort();
  const starts = pathway.eligibility.map((v) => v.valid_from).filter((d) => d > asOf).sort();
  const closedOn = ends.at(-1) ?? null;
  const then = closedOn ? engine.checkOne(pathway.id, profile, closedOn) : null;
  return { pathway, closedOn, opensOn: starts[0] ?? null, mightHaveFitted: then?.outcome !== 'not_eligible' };
}

/**
 * Groups the engine's outcomes for `profile` on `asOf`: *likely eligible*, *might be eligible*
 * (with the questions that decide it), *not eligible* (with the criteria not met) and *closed*
 * (with its dates). Within a group, pathways are in the order of their names in the data's language
 * (a further answer could decide first among the unknown; might have fitted first among the closed).
 */
export function groupResults(engine: FinderEngine, profile: Profile, asOf: string): FinderResults {
  const results: PathwayResult[] = engine.check(profile, asOf);
  const order = new Map(engine.data.variables.map((v, i) => [v.id, i]));
  const collator = new Intl.Collator(engine.data.lang);
  const byName = <T extends { pathway: FinderPathway }>(list: T[]) => list.sort((a, b) => collator.compare(a.pathway.name, b.pathway.name));
  const grouped: FinderResults = { asOf, eligible: [], unknown: [], notEligible: [], closed: [], outcomes: {} };
  results.forEach((result, i) => {
    const pathway = engine.pathways[i] as FinderPathway;
    grouped.outcomes[pathway.id] = result.outcome;
    switch (result.outcome) {
      case 'eligible':
        grouped.eligible.push({ pathway });
        break;
      case 'unknown': {
        const version = pathway.eligibility.find((v) => v.valid_from <= asOf && (v.valid_to === null || asOf <= v.valid_to));
        const missing = [...result.missing].sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity))
          .map((id) => engine.variable(id)).filter((v): v is FinderVariable => v !== undefined);
        grouped.unknown.push({ pathway, missing, note: version && !version.rules_known ? version.note ?? null : null });
        break;
      }
      case 'not_eligible':
        grouped.notEligible.push({ pathway, unmet: result.criteria.filter((c) => c.met === false).map((c) => c.label) });
        break;
      case 'closed':
        grouped.closed.push(closedResult(engine, pathway, profile, asOf));
        break;
    }
  });
  byName(grouped.eligible);
  // Those a further answer could decide first; those whose rules our sources lack last.
  byName(grouped.unknown).sort((a, b) => Number(a.missing.length === 0) - Number(b.missing.length === 0));
  byName(grouped.notEligible);
  // Those that might have fitted first, the latest closings first.
  grouped.closed.sort((a, b) => Number(b.mightHaveFitted) - Number(a.mightHaveFitted) || (b.closedOn ?? b.opensOn ?? '').localeCompare(a.closedOn ?? a.opensOn ?? ''));
  return grouped;
}
