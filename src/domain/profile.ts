import { isCountryCode } from './countries.js';
import { isIsoDate } from './dates.js';
import { didYouMean } from './suggest.js';
import type { VariableDef } from './variable.js';

/**
 * A person's answers, keyed by variable id. An absent (or null) variable is unknown: the rules
 * engine never treats it as false.
 */
export type Profile = Record<string, unknown>;

export interface ProfileIssue {
  /** Where the problem is, e.g. `nationalities[1]`. */
  path: string;
  message: string;
}

export type ProfileResult = { ok: true; profile: Profile } | { ok: false; issues: ProfileIssue[] };

/**
 * Checks a profile against the variable definitions: known ids, right types, real dates and
 * country codes. Every issue names the field and how to fix it.
 */
export function parseProfile(input: unknown, variables: readonly VariableDef[]): ProfileResult {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, issues: [{ path: '', message: 'a profile must be a JSON/YAML object mapping variable ids to answers' }] };
  }
  const defs = new Map(variables.map((v) => [v.id, v]));
  const issues: ProfileIssue[] = [];
  const profile: Profile = {};
  for (const [key, value] of Object.entries(input)) {
    const def = defs.get(key);
    if (!def) {
      issues.push({ path: key, message: `'${key}' is not a profile variable.${didYouMean(key, defs.keys())} Known variables: ${[...defs.keys()].join(', ')}` });
      continue;
    }
    const normalized = value instanceof Date ? value.toISOString().slice(0, 10) : value;
    if (normalized === null || normalized === undefined) continue; // unknown
    const found = checkValue(def, normalized, key);
    issues.push(...found);
    if (found.length === 0) profile[key] = normalized;
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, profile };
}

function checkValue(def: VariableDef, value: unknown, path: string): ProfileIssue[] {
  switch (def.type) {
    case 'boolean':
      return typeof value === 'boolean' ? [] : [{ path, message: `must be true or false, not ${shown(value)}` }];
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? [] : [{ path, message: `must be a number, not ${shown(value)}` }];
    case 'date':
      return checkDate(value, path);
    case 'country':
      return checkCountry(value, path);
    case 'country_list':
      if (!Array.isArray(value)) return [{ path, message: 'must be a list of ISO 3166-1 alpha-2 codes, e.g. ["VE", "CO"]' }];
      return value.flatMap((v, i) => checkCountry(v, `${path}[${i}]`));
    case 'enum': {
      const allowed = (def.options ?? []).map((o) => o.value);
      return typeof value === 'string' && allowed.includes(value)
        ? []
        : [{ path, message: `must be one of ${allowed.join(', ')}, not ${shown(value)}.${typeof value === 'string' ? didYouMean(value, allowed) : ''}` }];
    }
    case 'object_list':
      if (!Array.isArray(value)) return [{ path, message: 'must be a list of objects' }];
      return value.flatMap((item, i) => checkObject(def, item, `${path}[${i}]`));
  }
}

function checkObject(def: VariableDef, item: unknown, path: string): ProfileIssue[] {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return [{ path, message: 'must be an object' }];
  const fields = new Map((def.fields ?? []).map((f) => [f.id, f]));
  const issues: ProfileIssue[] = [];
  for (const [key, value] of Object.entries(item)) {
    const field = fields.get(key);
    const at = `${path}.${key}`;
    if (!field) {
      issues.push({ path: at, message: `unknown field '${key}'.${didYouMean(key, fields.keys())} Fields: ${[...fields.keys()].join(', ')}` });
    } else if (field.type === 'country') {
      issues.push(...checkCountry(value, at));
    } else if (field.type === 'date') {
      issues.push(...checkDate(value, at));
    } else if (field.type === 'enum' && !(field.options ?? []).includes(String(value))) {
      issues.push({ path: at, message: `must be one of ${(field.options ?? []).join(', ')}, not ${shown(value)}` });
    } else if (field.type === 'boolean' && typeof value !== 'boolean') {
      issues.push({ path: at, message: 'must be true or false' });
    } else if (field.type === 'number' && typeof value !== 'number') {
      issues.push({ path: at, message: 'must be a number' });
    }
  }
  return issues;
}

function checkDate(value: unknown, path: string): ProfileIssue[] {
  return typeof value === 'string' && isIsoDate(value)
    ? []
    : [{ path, message: `must be a real date written YYYY-MM-DD, not ${shown(value)}` }];
}

function checkCountry(value: unknown, path: string): ProfileIssue[] {
  return typeof value === 'string' && isCountryCode(value)
    ? []
    : [{ path, message: `${shown(value)} is not an ISO 3166-1 alpha-2 country code (use capitals, e.g. VE, CO, US)` }];
}

/**
 * A wrong answer as an error message quotes it: short, and safe on anything a client can send
 * (a list nested ten thousand deep would overflow JSON.stringify's stack).
 */
function shown(value: unknown): string {
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object' && value !== null) return 'an object';
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
