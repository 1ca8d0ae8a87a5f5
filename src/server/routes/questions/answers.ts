import { parseProfile, type Profile, type VariableDef } from '../../../domain/index.js';
import { invalidFields } from '../../problem.js';
import { CheckBody } from '../check/schema.js';

type Issue = { path: string; message: string };

/** One answer as the query wrote it, read by its variable's type: lists comma-separated, `family` as JSON. */
function read(def: VariableDef, text: string): { value: unknown } | { message: string } {
  switch (def.type) {
    case 'boolean':
      return text === 'true' || text === 'false' ? { value: text === 'true' } : { message: `must be true or false, not '${text}'` };
    case 'number':
      return /^-?\d+(\.\d+)?$/.test(text) ? { value: Number(text) } : { message: `must be a number, not '${text}'` };
    case 'country_list':
      return { value: text === '' ? [] : text.split(',') };
    case 'object_list':
      if (text === '') return { value: [] };
      try {
        return { value: JSON.parse(text) as unknown };
      } catch {
        return { message: 'must be a list of objects written as compact JSON, e.g. [{"country":"US","relationship":"sibling","status":"citizen"}]' };
      }
    default:
      return { value: text };
  }
}

/**
 * The profile that a query's answers make (`nationalities=VE,CO&entry_regular=false&…`),
 * checked against the variable definitions as POST /api/check checks a body's.
 * @throws ApiError 400 naming each bad answer (`query.nationalities[1]`, `query.family`).
 */
export function profileFromQuery(answers: Readonly<Record<string, string | undefined>>, variables: readonly VariableDef[]): Profile {
  const raw: Record<string, unknown> = {};
  const issues: Issue[] = [];
  for (const def of variables) {
    const text = answers[def.id];
    if (text === undefined) continue;
    const answer = read(def, text);
    if ('value' in answer) raw[def.id] = answer.value;
    else issues.push({ path: `query.${def.id}`, message: answer.message });
  }
  // The same guard as a JSON body's: no answer nests deeper than a list of objects of values.
  const shape = CheckBody.shape.profile.safeParse(raw);
  if (!shape.success) issues.push(...shape.error.issues.map((i) => ({ path: ['query', ...i.path.map(String)].join('.'), message: i.message })));
  if (issues.length > 0) throw invalidFields(issues, 'Invalid profile');
  return checkedProfile(raw, variables, 'query');
}

/**
 * `input` checked as a profile by the domain's `parseProfile`.
 * @throws ApiError 400 naming each bad answer under `where` (`query.entry_date`, `body.profile.entry_date`).
 */
export function checkedProfile(input: unknown, variables: readonly VariableDef[], where: 'query' | 'body.profile'): Profile {
  const parsed = parseProfile(input, variables);
  if (!parsed.ok) throw invalidFields(parsed.issues.map((i) => ({ path: i.path ? `${where}.${i.path}` : where, message: i.message })), 'Invalid profile');
  return parsed.profile;
}
