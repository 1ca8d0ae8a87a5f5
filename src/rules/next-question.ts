import type { Pathway, Profile } from '../domain/index.js';
import { checkPathway } from './check.js';

export interface NextQuestion {
  /** The variable to ask about. */
  variable: string;
  /** How many still-unknown outcomes depend on it. */
  decides: number;
  /** How many outcomes are still unknown. */
  unknown: number;
}

/**
 * The question to ask next: the variable whose answer is likeliest to settle the still-unknown
 * outcomes (each unknown outcome shares one point among the answers it waits on), ties broken by `order` (the order of data/variables.yaml, general questions first). Null when every
 * pathway already has a definite outcome, so a finder never asks a question that cannot change
 * an answer. Variables in `skip` (a person said "I don't know") are never chosen.
 *
 * @example nextQuestion({ nationalities: ['VE'] }, pathways, '2024-01-01', variableIds)
 */
export function nextQuestion(
  profile: Profile, pathways: readonly Pathway[], asOf: string, order: readonly string[] = [], skip: ReadonlySet<string> = new Set(),
): NextQuestion | null {
  const counts = new Map<string, number>();
  // An outcome waiting on k answers gives each of them 1/k: a question that completes outcomes
  // outranks one that merely touches many, which keeps interviews short.
  const weights = new Map<string, number>();
  let unknown = 0;
  for (const pathway of pathways) {
    const result = checkPathway(pathway, profile, { asOf, lang: 'en' });
    if (result.outcome !== 'unknown') continue;
    unknown += 1;
    for (const variable of result.missing) {
      if (skip.has(variable)) continue;
      counts.set(variable, (counts.get(variable) ?? 0) + 1);
      weights.set(variable, (weights.get(variable) ?? 0) + 1 / result.missing.length);
    }
  }
  if (counts.size === 0) return null;
  const rank = (v: string) => (order.includes(v) ? order.indexOf(v) : order.length);
  const score = (v: string) => weights.get(v) ?? 0;
  const variable = [...counts.keys()].sort((a, b) => score(b) - score(a) || rank(a) - rank(b) || a.localeCompare(b))[0] as string;
  return { variable, decides: counts.get(variable) ?? 0, unknown };
}
