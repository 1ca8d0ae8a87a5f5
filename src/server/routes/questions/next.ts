import { localize, type Lang, type Pathway, type Profile, type VariableDef } from '../../../domain/index.js';
import { checkCatalogue, nextQuestion } from '../../../rules/index.js';
import type { NextQuestionAnswer } from './schema.js';

/** A variable as a question in `lang`: the same words as GET /api/variables. */
function presentQuestion(v: VariableDef, lang: Lang) {
  return {
    id: v.id, type: v.type, question: localize(v.question, lang), help: localize(v.help, lang),
    ...(v.options ? { options: v.options.map((o) => ({ value: o.value, label: localize(o.label, lang) })) } : {}),
    ...(v.fields ? { fields: v.fields } : {}),
  };
}

/**
 * The next question of an adaptive interview: the rules engine's `nextQuestion`, ties broken by
 * the order of the variables (general questions first), presented in `lang`.
 */
export function askNext(pathways: readonly Pathway[], profile: Profile, asOf: string, lang: Lang, variables: readonly VariableDef[]): NextQuestionAnswer {
  const next = nextQuestion(profile, pathways, asOf, variables.map((v) => v.id));
  if (!next) {
    const unknown = checkCatalogue(pathways, profile, { asOf, lang }).results.filter((r) => r.outcome === 'unknown').length;
    return { as_of: asOf, question: null, unknown };
  }
  const variable = variables.find((v) => v.id === next.variable);
  // `vias validate` refuses rules that read an undefined variable, so this is a broken deployment.
  if (!variable) throw new Error(`the rules ask for variable '${next.variable}', which data/variables.yaml does not define`);
  return { as_of: asOf, question: { ...presentQuestion(variable, lang), decides: next.decides }, unknown: next.unknown };
}
