import fc from 'fast-check';
import type { OpenApiDoc } from './openapi-contract.js';

/**
 * Hostile requests for every documented operation, derived from the OpenAPI document: each query
 * parameter, path parameter and JSON body gets malformed, oversized, wrong-typed and hostile
 * values. A route added later is covered as soon as it is documented.
 */
export interface HostileRequest {
  operation: string;
  /** What is hostile about it, for the failure message. */
  what: string;
  url: string;
  init?: RequestInit;
}

/** Values a careless parser mishandles: empty, huge, odd Unicode, prototype keys, injections. */
export const HOSTILE_VALUES = [
  '', ' ', 'a'.repeat(100_000), '\u0000', 'ＣＯ', 'co', 'e\u0301', 'İ', '💥'.repeat(2_000), '\u202Eevil',
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty',
  '../../etc/passwd', '<script>alert(1)</script>', "' OR 1=1 --", '${7*7}', '{{7*7}}',
  'null', 'undefined', 'NaN', '-1', '1e309', 'true', '[]', '{}', '0x41', '2023-02-30', '9999-99-99',
];

/** Query strings already percent-encoded, some of them wrongly. */
const RAW_ENCODED = ['%', '%E0%A4%A', '%ED%A0%80', '%00', '%2e%2e%2f', '%25', '%FF%FE'];

/** Keys that must never reach an object's prototype. */
const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'];

const DEPTH = 10_000;
const deep = `${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`;

/** Bodies sent as application/json. */
export const HOSTILE_JSON_BODIES = [
  '', ' ', '{', '{"profile": {', 'null', '[]', '[{}]', '"profile"', '42', 'true', '\uFEFF{"profile": {}}',
  '{"profile": null}', '{"profile": []}', '{"profile": "VE"}', '{"profile": 1}',
  '{"__proto__": {"profile": {}}}', '{"profile": {"__proto__": {"polluted": true}}}',
  '{"profile": {"constructor": {"prototype": {"polluted": true}}}}',
  '{"profile": {}, "profile": {"x": 1}}', '{"profile": {}, "as_of": "2021-13-01"}', '{"profile": {}, "as_of": 20210901}',
  '{"profile": {}, "lang": ["es"]}', '{"profile": {}, "extra": 1}',
  `{"profile": {"nationalities": ${deep}}}`, `{"profile": {"birth_date": ${deep}}}`, `{"profile": {"x": ${deep}}}`,
  `{"profile": {${Array.from({ length: 3_000 }, (_, i) => `"k${i}": ${i}`).join(', ')}}}`,
  `{"profile": {"nationalities": [${Array.from({ length: 5_000 }, () => '"VE"').join(',')}]}}`,
  '{"profile": {"nationalities": ["VE", null, 1, {}, []]}}', '{"profile": {"entry_date": "2019-02-29"}}',
  '{"profile": {"dependents": [{"__proto__": {}}, {"nationality": "XX"}]}}',
];

/** A body of the right shape sent under the wrong media type. */
const WRONG_CONTENT_TYPES = [
  'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml',
  'application/json-patch', 'json', '*/*', 'application/json; charset=latin1; x=', '',
];

/** Percent-encodes the UTF-8 bytes of `value` (a lone surrogate becomes U+FFFD, never an exception). */
export function percentEncode(value: string): string {
  return Array.from(new TextEncoder().encode(value), (b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join('');
}

function queryParams(doc: OpenApiDoc, path: string, method: string): string[] {
  const op = doc.paths[path]?.[method] as { parameters?: { name: string; in: string }[] } | undefined;
  return (op?.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
}

/** `baseUrl` (a working request) with `name` set to the already-encoded `encoded`. */
function withQuery(baseUrl: string, name: string, encoded: string): string {
  const [path = '', query = ''] = baseUrl.split('?');
  const kept = query.split('&').filter((kv) => kv !== '' && kv.split('=')[0] !== name);
  return `${path}?${[...kept, `${name}=${encoded}`].join('&')}`;
}

/**
 * Hostile variations of `base` (a request that succeeds) for `operation` of `doc`.
 *
 * @example hostileRequests(doc, 'GET /api/pathways/{id}', '/api/pathways/co-etpv-ppt')
 */
export function hostileRequests(doc: OpenApiDoc, operation: string, base: { url: string; json?: unknown }): HostileRequest[] {
  const [METHOD = 'GET', path = ''] = operation.split(' ');
  const method = METHOD.toLowerCase();
  const requests: HostileRequest[] = [];
  const body = base.json === undefined ? {} : { method: METHOD, headers: { 'content-type': 'application/json' }, body: JSON.stringify(base.json) };
  const send = (what: string, url: string, init: RequestInit = body) => requests.push({ operation, what, url, init });

  for (const name of [...queryParams(doc, path, method), ...PROTOTYPE_KEYS, 'unknown']) {
    for (const value of HOSTILE_VALUES) send(`query ${name}=${value.slice(0, 20)}`, withQuery(base.url, name, percentEncode(value)));
    for (const raw of RAW_ENCODED) send(`query ${name}=${raw}`, withQuery(base.url, name, raw));
    send(`query ${name} repeated`, `${withQuery(base.url, name, 'en')}&${name}=es`);
    send(`query ${name}[]`, withQuery(base.url, `${name}[]`, 'en'));
  }

  for (const param of path.match(/\{[^}]+\}/g) ?? []) {
    const at = path.split('/').indexOf(param);
    const urlPath = base.url.split('?')[0] ?? '';
    const replace = (encoded: string) => urlPath.split('/').map((seg, i) => (i === at ? encoded : seg)).join('/');
    for (const value of HOSTILE_VALUES.filter((v) => v !== '')) send(`path ${param}=${value.slice(0, 20)}`, replace(percentEncode(value)));
    for (const raw of [...RAW_ENCODED, '..', '.', '%2F', 'a%2Fb', '%5C']) send(`path ${param}=${raw}`, replace(raw));
  }

  if (base.json !== undefined) {
    for (const raw of HOSTILE_JSON_BODIES) send(`body ${raw.slice(0, 40)}`, base.url, { method: METHOD, headers: { 'content-type': 'application/json' }, body: raw });
    for (const type of WRONG_CONTENT_TYPES) {
      send(`content-type '${type}'`, base.url, { method: METHOD, headers: type ? { 'content-type': type } : {}, body: JSON.stringify(base.json) });
    }
    send('no body', base.url, { method: METHOD, headers: { 'content-type': 'application/json' } });
    send('a 1 MB body', base.url, { method: METHOD, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ profile: { x: 'a'.repeat(1_000_000) } }) });
  }
  return requests;
}

/** fast-check arbitraries for random query values and JSON bodies. */
export const arbitrary = {
  queryValue: fc.oneof(fc.string({ unit: 'grapheme', maxLength: 50 }), fc.string({ unit: 'binary', maxLength: 50 }), fc.constantFrom(...HOSTILE_VALUES)),
  jsonBody: fc.oneof(
    fc.jsonValue({ maxDepth: 4 }),
    fc.record({ profile: fc.dictionary(fc.string({ maxLength: 20 }), fc.jsonValue({ maxDepth: 3 })) }, { requiredKeys: [] }),
    fc.record({ profile: fc.constant({}), as_of: fc.jsonValue({ maxDepth: 1 }), lang: fc.jsonValue({ maxDepth: 1 }) }, { requiredKeys: ['profile'] }),
  ),
};
