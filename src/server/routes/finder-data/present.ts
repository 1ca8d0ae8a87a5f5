import { allCountryCodes, localize, type Lang, type Pathway, type VariableDef } from '../../../domain/index.js';
import type { FinderData } from './schema.js';

/** A variable as a question in `lang`: the same words as GET /api/variables. */
function presentQuestion(v: VariableDef, lang: Lang): FinderData['variables'][number] {
  return {
    id: v.id, type: v.type, question: localize(v.question, lang), help: localize(v.help, lang),
    ...(v.options ? { options: v.options.map((o) => ({ value: o.value, label: localize(o.label, lang) })) } : {}),
    ...(v.fields ? { fields: v.fields } : {}),
  };
}

/** A pathway as the finder needs it, in `lang`. */
function presentFinderPathway(p: Pathway, lang: Lang): FinderData['pathways'][number] {
  return {
    id: p.id,
    name: localize(p.name, lang),
    summary: localize(p.summary, lang),
    type: p.type,
    destinations: p.destinations,
    status_granted: p.status_granted.value,
    path_to_permanence: p.path_to_permanence.value,
    free_of_charge: p.application.free_of_charge.value,
    official_url: p.application.official_url.value,
    channels: p.application.channels.value,
    eligibility: p.eligibility.map((v) => ({
      valid_from: v.valid_from,
      valid_to: v.valid_to,
      rules_known: v.rules_known,
      // Only the notes that explain an unknown outcome: the others are editorial and weigh more than all the rules.
      ...(!v.rules_known && v.note ? { note: localize(v.note, lang) } : {}),
      criteria: v.criteria.map((c) => ({ id: c.id, label: localize(c.label, lang), rule: c.rule })),
    })),
  };
}

/**
 * What GET /api/finder-data answers: the questions, the countries and every pathway's dated
 * rules in `lang`, made on `today`.
 *
 * @example presentFinderData(pathways, variables, 'es', '2024-06-01').pathways[0].eligibility
 */
export function presentFinderData(pathways: readonly Pathway[], variables: readonly VariableDef[], lang: Lang, today: string): FinderData {
  const reviewed = pathways.reduce<string | null>((latest, p) => (latest === null || p.last_reviewed > latest ? p.last_reviewed : latest), null);
  return {
    lang,
    generated: today,
    reviewed,
    countries: allCountryCodes(),
    variables: variables.map((v) => presentQuestion(v, lang)),
    pathways: pathways.map((p) => presentFinderPathway(p, lang)),
  };
}
