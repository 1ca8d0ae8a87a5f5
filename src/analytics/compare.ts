import { localize, type Lang, type Pathway } from '../domain/index.js';
import { ATTRIBUTES, type JsonValue } from './compare-attributes.js';
import type { Comparison } from './compare.schema.js';
import { QueryError } from './errors.js';
import { say } from './labels.js';

/** A value in a canonical text form: object keys sorted, so equal data compares equal. */
function canonical(value: JsonValue): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical(value[k] as JsonValue)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The pathways `ids` side by side on every attribute (see `ATTRIBUTES`): labels and values in
 * `lang`, each value with the ids of the sources that state it, each row marked `same` or
 * `different`. Repeated ids are shown once.
 * @throws QueryError `invalid_ids` when no id is given, `unknown_pathways` listing every id the
 * catalogue does not have (in `values`).
 *
 * @example
 * const table = comparePathways(pathways, ['co-etpv-ppt', 'pe-cpp-2023'], 'es');
 * table.rows.find((r) => r.path === 'type')?.comparison; // 'different'
 */
export function comparePathways(pathways: readonly Pathway[], ids: readonly string[], lang: Lang): Comparison {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) throw new QueryError('invalid_ids', 'ids', 'name at least one pathway id to compare, e.g. ids=co-etpv-ppt,pe-cpp-2023');
  const byId = new Map(pathways.map((p) => [p.id, p]));
  const missing = wanted.filter((id) => !byId.has(id));
  if (missing.length > 0) {
    throw new QueryError('unknown_pathways', 'ids', `no pathway has the id ${missing.map((id) => `'${id}'`).join(', ')}`, missing);
  }
  const chosen = wanted.map((id) => byId.get(id) as Pathway);
  return {
    lang,
    pathways: chosen.map((p) => ({ id: p.id, name: localize(p.name, lang), sources: p.sources })),
    rows: ATTRIBUTES.map((attribute) => {
      const cells = chosen.map((p) => ({ pathway: p.id, ...attribute.cell(p, lang) }));
      const values = new Set(cells.map((c) => canonical(c.value)));
      return { path: attribute.path, label: say(attribute.label, lang), comparison: values.size <= 1 ? 'same' : 'different', cells };
    }),
  };
}
