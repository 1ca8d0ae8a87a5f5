import type { Pathway, Profile } from '../../domain/index.js';
import { checkPathway } from '../../rules/check.js';
import { nextQuestion, type NextQuestion } from '../../rules/next-question.js';
import type { PathwayResult } from '../../domain/outcome.js';
import type { FinderData } from '../api/contract.js';

export type FinderPathway = FinderData['pathways'][number];
export type FinderVariable = FinderData['variables'][number];

/**
 * The rules engine over the finder's data, in the browser: nothing it decides is sent anywhere.
 * `checkPathway` and `nextQuestion` are the very functions `POST /api/check` and
 * `/api/questions/next` run, so the finder answers as the API does.
 */
export interface FinderEngine {
  data: FinderData;
  pathways: readonly FinderPathway[];
  variable(id: string): FinderVariable | undefined;
  /** Every pathway's outcome for `profile` on `asOf`, in the data's order. */
  check(profile: Profile, asOf: string): PathwayResult[];
  /** One pathway's outcome, or null for an id the data lacks. */
  checkOne(id: string, profile: Profile, asOf: string): PathwayResult | null;
  /** The question that settles the most outcomes, never one in `skip`; null when none can. */
  next(profile: Profile, asOf: string, skip: ReadonlySet<string>): NextQuestion | null;
}

/**
 * The engine's view of a finder pathway. The engine reads only a pathway's id and its dated
 * versions (each criterion's rule and label); the label arrives already in the page's language,
 * so it stands for every language, and the sources stay on the pathway page.
 */
function enginePathway(p: FinderPathway): Pathway {
  const eligibility = p.eligibility.map((v) => ({
    valid_from: v.valid_from,
    valid_to: v.valid_to,
    rules_known: v.rules_known,
    criteria: v.criteria.map((c) => ({ id: c.id, rule: c.rule, label: { en: c.label, es: c.label, pt: c.label, fr: c.label }, sources: [] })),
  }));
  return { id: p.id, eligibility } as Pick<Pathway, 'id' | 'eligibility'> as Pathway;
}

/** The engine over `data`; its rules are compiled on first use. */
export function createEngine(data: FinderData): FinderEngine {
  const pathways = data.pathways.map(enginePathway);
  const variables = new Map(data.variables.map((v) => [v.id, v]));
  const order = data.variables.map((v) => v.id);
  const byId = new Map(pathways.map((p) => [p.id, p]));
  return {
    data,
    pathways: data.pathways,
    variable: (id) => variables.get(id),
    check: (profile, asOf) => pathways.map((p) => checkPathway(p, profile, { asOf, lang: data.lang })),
    checkOne: (id, profile, asOf) => {
      const pathway = byId.get(id);
      return pathway ? checkPathway(pathway, profile, { asOf, lang: data.lang }) : null;
    },
    next: (profile, asOf, skip) => nextQuestion(profile, pathways, asOf, order, skip),
  };
}
