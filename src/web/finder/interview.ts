import type { Profile } from '../../domain/index.js';
import type { NextQuestion } from '../../rules/next-question.js';
import type { FinderEngine } from './engine.js';

/** One answered question: a value, or `skipped` when the person did not know. */
export type Step = { variable: string; skipped: false; value: unknown } | { variable: string; skipped: true };

/**
 * A finder session, held in memory only: the questions answered in order, and what the person
 * had answered to questions that Back took them before (offered again if asked again).
 */
export interface Interview {
  steps: readonly Step[];
  remembered: Readonly<Record<string, unknown>>;
  /** A question the person chose to answer now (from the results), before the engine's next. */
  asking?: string | undefined;
}

export const EMPTY_INTERVIEW: Interview = { steps: [], remembered: {} };

/** The answers given so far, as the engine reads them (skipped questions stay unknown). */
export function profileOf(interview: Interview): Profile {
  const profile: Profile = {};
  for (const step of interview.steps) if (!step.skipped) profile[step.variable] = step.value;
  return profile;
}

/** The questions the person said they did not know. */
export function skippedOf(interview: Interview): Set<string> {
  return new Set(interview.steps.filter((s) => s.skipped).map((s) => s.variable));
}

/** `variable` answered with `value` (an answer to a question asked again replaces the old one). */
export function answer(interview: Interview, variable: string, value: unknown): Interview {
  return { ...interview, asking: undefined, steps: [...interview.steps.filter((s) => s.variable !== variable), { variable, skipped: false, value }] };
}

/** `variable` left unknown: "I don't know". It is not asked again. */
export function skip(interview: Interview, variable: string): Interview {
  return { ...interview, asking: undefined, steps: [...interview.steps.filter((s) => s.variable !== variable), { variable, skipped: true }] };
}

/**
 * One step back: the last question is open again, its answer remembered to be offered as the
 * default. The interview before it is unchanged.
 */
export function back(interview: Interview): Interview {
  const last = interview.steps.at(-1);
  if (!last) return interview;
  const remembered = { ...interview.remembered };
  if (!last.skipped) remembered[last.variable] = last.value;
  return { steps: interview.steps.slice(0, -1), remembered };
}

/** Opens `variable` again, skipped or answered, to be asked next (the results offer this). */
export function ask(interview: Interview, variable: string): Interview {
  const step = interview.steps.find((s) => s.variable === variable);
  const remembered = step && !step.skipped ? { ...interview.remembered, [variable]: step.value } : interview.remembered;
  return { steps: interview.steps.filter((s) => s.variable !== variable), remembered, asking: variable };
}

/** What the page shows next: a question (with what a previous answer to it was), or nothing left to ask. */
export interface Current {
  question: NextQuestion | null;
  /** The value to start the question's control with: the answer given before Back, if any. */
  previous: unknown;
}

/**
 * The next question of `interview` on `asOf`, chosen by the engine among those not yet answered
 * or skipped.
 */
export function current(interview: Interview, engine: FinderEngine, asOf: string): Current {
  const profile = profileOf(interview);
  if (interview.asking && engine.variable(interview.asking)) {
    const unknown = engine.check(profile, asOf).filter((r) => r.outcome === 'unknown');
    const decides = unknown.filter((r) => r.missing.includes(interview.asking as string)).length;
    return { question: { variable: interview.asking, decides, unknown: unknown.length }, previous: interview.remembered[interview.asking] };
  }
  const question = engine.next(profile, asOf, skippedOf(interview));
  return { question, previous: question ? interview.remembered[question.variable] : undefined };
}
