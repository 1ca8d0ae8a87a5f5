import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/**
 * Checks an app against its own OpenAPI 3.1 document: the document's structure, that its
 * schemas compile, that the registered routes and the documented operations are the same set,
 * and that a real answer matches what the document promises for its status.
 *
 * @example const contract = await loadContract(app); contract.check('GET /api/pathways', res, body);
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
interface Operation { responses: Record<string, { content?: Record<string, { schema: Json }>; headers?: Record<string, unknown> }> }
export interface OpenApiDoc {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Json> };
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const SCHEMA_ID = (name: string) => `urn:openapi:schema:${name}`;

/** `#/components/schemas/X` → an id ajv can resolve (ajv knows no OpenAPI document). */
function rewriteRefs(schema: Json): Json {
  if (Array.isArray(schema)) return schema.map(rewriteRefs);
  if (schema === null || typeof schema !== 'object') return schema;
  return Object.fromEntries(Object.entries(schema).map(([k, v]) => (
    k === '$ref' && typeof v === 'string' && v.startsWith('#/components/schemas/')
      ? [k, SCHEMA_ID(v.slice('#/components/schemas/'.length))]
      : [k, rewriteRefs(v)]
  )));
}

/** Every `$ref` in `value` (to check that each one resolves). */
function refsIn(value: Json, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refsIn(v, found));
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string') found.push(v);
      else refsIn(v, found);
    }
  }
  return found;
}

/** Structural problems of an OpenAPI 3.1 document, one message each (empty when sound). */
export function structureProblems(doc: OpenApiDoc): string[] {
  const problems: string[] = [];
  if (!/^3\.1\.\d+$/.test(doc.openapi)) problems.push(`openapi is '${doc.openapi}', not 3.1.x`);
  if (!doc.info?.title || !doc.info?.version) problems.push('info needs a title and a version');
  if (typeof doc.paths !== 'object' || doc.paths === null) problems.push('paths is missing');
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    if (!path.startsWith('/')) problems.push(`path '${path}' does not start with /`);
    for (const [method, op] of Object.entries(item)) {
      if (!METHODS.includes(method)) continue;
      const statuses = Object.keys(op.responses ?? {});
      if (statuses.length === 0) problems.push(`${method.toUpperCase()} ${path} documents no response`);
      for (const status of statuses) if (!/^([1-5]\d\d|default)$/.test(status)) problems.push(`${method.toUpperCase()} ${path}: '${status}' is not a status`);
      for (const name of path.match(/\{[^}]+\}/g) ?? []) {
        const params = (op as { parameters?: { name: string; in: string; required?: boolean }[] }).parameters ?? [];
        if (!params.some((p) => p.in === 'path' && `{${p.name}}` === name && p.required)) problems.push(`${method.toUpperCase()} ${path} does not document the required path parameter ${name}`);
      }
    }
  }
  const schemas = doc.components?.schemas ?? {};
  for (const ref of refsIn(doc as unknown as Json)) {
    const name = ref.startsWith('#/components/schemas/') ? ref.slice('#/components/schemas/'.length) : undefined;
    if (!name || !(name in schemas)) problems.push(`$ref '${ref}' does not resolve`);
  }
  return problems;
}

/** `METHOD /path/{param}` for every operation of the document. */
export function documentedOperations(doc: OpenApiDoc): string[] {
  return Object.entries(doc.paths).flatMap(([path, item]) => Object.keys(item).filter((m) => METHODS.includes(m)).map((m) => `${m.toUpperCase()} ${path}`));
}

/** `METHOD /path/{param}` for every handler registered under `prefix` (middleware excluded). */
export function registeredOperations(app: { routes: { method: string; path: string }[] }, prefix = '/api'): string[] {
  const ops = app.routes
    .filter((r) => r.method !== 'ALL' && r.path.startsWith(prefix))
    .map((r) => `${r.method} ${r.path.replace(/:([^/]+)/g, '{$1}')}`);
  return [...new Set(ops)];
}

/** An ajv for OpenAPI 3.1 schemas: JSON Schema 2020-12 plus the OAS keywords and formats. */
function openApiAjv(doc: OpenApiDoc): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
  ajv.addVocabulary(['example', 'discriminator', 'xml', 'externalDocs']);
  addFormats.default(ajv);
  // OpenAPI's name for a body of bytes; a string read from the answer says nothing to check.
  ajv.addFormat('binary', true);
  for (const [name, schema] of Object.entries(doc.components?.schemas ?? {})) {
    ajv.addSchema({ ...(rewriteRefs(schema) as object), $id: SCHEMA_ID(name) });
  }
  return ajv;
}

/** Compiles each component schema (after all are added, so references resolve). */
function compileProblems(ajv: Ajv2020, doc: OpenApiDoc): string[] {
  return Object.keys(doc.components?.schemas ?? {}).flatMap((name) => {
    try {
      return ajv.getSchema(SCHEMA_ID(name)) ? [] : [`${name}: not compiled`];
    } catch (error) {
      return [`${name}: ${(error as Error).message}`];
    }
  });
}

/** `application/json` and the `+json` types (problem+json…): bodies to parse and validate as JSON. */
const isJsonType = (type: string) => type === 'application/json' || type.endsWith('+json');

/**
 * A body that is not JSON (CSV, Atom, Parquet, zip) can only be described as a string: text is
 * validated as one (length, pattern), while bytes (`format: binary`) are taken as they come, since
 * `body` was read as text and says nothing reliable about them.
 */
function nonJsonProblems(answer: string, schema: Json, body: string, validatorFor: (schema: Json) => ValidateFunction): string[] {
  const described = schema !== null && typeof schema === 'object' && !Array.isArray(schema) ? schema : {};
  if (described.type !== 'string') return [`${answer}: a body that is not JSON must be described as a string, not ${JSON.stringify(schema)}`];
  if (described.format === 'binary') return [];
  const validate = validatorFor(schema);
  return validate(body) ? [] : (validate.errors ?? []).map((e) => `${answer}: (body) ${e.message ?? ''}`);
}

export interface Contract {
  doc: OpenApiDoc;
  /** Compiles every component schema; returns the names that do not compile, with ajv's reason. */
  uncompilableSchemas(): string[];
  /**
   * What is wrong with answering `operation` with `res` (whose body, already read, is `body`):
   * an undocumented status, an undocumented media type, a missing documented header, or a body
   * that does not validate (JSON against its schema; other text as a string; bytes unchecked).
   * Empty when the answer keeps the contract.
   */
  check(operation: string, res: Response, body: string): string[];
  /** What keeps `res` from being a well-formed problem+json answer (any status, any route). */
  checkProblem(res: Response, body: string): string[];
}

/** Fetches `/api/openapi.json` from `app` and prepares the checks. */
export async function loadContract(app: { request: (url: string) => Response | Promise<Response> }): Promise<Contract> {
  const res = await app.request('/api/openapi.json');
  if (res.status !== 200) throw new Error(`/api/openapi.json answered ${res.status}`);
  const doc = await res.json() as OpenApiDoc;
  const ajv = openApiAjv(doc);
  const validators = new Map<string, ValidateFunction>();
  const validatorFor = (schema: Json) => {
    const key = JSON.stringify(schema);
    let validate = validators.get(key);
    if (!validate) validators.set(key, validate = ajv.compile(rewriteRefs(schema) as object));
    return validate;
  };
  return {
    doc,
    uncompilableSchemas: () => compileProblems(ajv, doc),
    check(operation, res, body) {
      const [method = '', path = ''] = operation.split(' ');
      const documented = doc.paths[path]?.[method.toLowerCase()];
      if (!documented) return [`${operation} is not documented`];
      const spec = documented.responses[String(res.status)];
      if (!spec) return [`${operation} answered ${res.status}, which it does not document (${Object.keys(documented.responses).join(', ')})`];
      const problems = Object.keys(spec.headers ?? {}).filter((h) => !res.headers.has(h)).map((h) => `${operation} ${res.status} lacks the documented header ${h}`);
      if (!spec.content) return body === '' ? problems : [...problems, `${operation} ${res.status} documents no body but sent one`];
      const type = (res.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
      const media = spec.content[type];
      if (!media) return [...problems, `${operation} ${res.status} answered ${type || 'no content type'}, documented: ${Object.keys(spec.content).join(', ')}`];
      if (!isJsonType(type)) return [...problems, ...nonJsonProblems(`${operation} ${res.status}`, media.schema, body, validatorFor)];
      let parsed: unknown;
      try {
        parsed = JSON.parse(body);
      } catch {
        return [...problems, `${operation} ${res.status}: the body is not JSON`];
      }
      const validate = validatorFor(media.schema);
      if (!validate(parsed)) problems.push(...(validate.errors ?? []).map((e) => `${operation} ${res.status}: ${e.instancePath || '(body)'} ${e.message ?? ''}`));
      return problems;
    },
    checkProblem(res, body) {
      const type = res.headers.get('content-type') ?? '';
      if (!type.startsWith('application/problem+json')) return [`${res.status} answered ${type || 'no content type'}, not application/problem+json`];
      const validate = validatorFor({ $ref: '#/components/schemas/Problem' });
      let parsed: unknown;
      try {
        parsed = JSON.parse(body);
      } catch {
        return [`${res.status}: the problem is not JSON`];
      }
      if (!validate(parsed)) return (validate.errors ?? []).map((e) => `${res.status} problem: ${e.instancePath || '(body)'} ${e.message ?? ''}`);
      return (parsed as { status: number }).status === res.status ? [] : [`the problem's status is not the answer's ${res.status}`];
    },
  };
}
