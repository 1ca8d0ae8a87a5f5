import { DuckDBInstance } from '@duckdb/node-api';
import Database from 'better-sqlite3';
import pg from 'pg';
import type { JsonLogic, Profile, VariableDef } from '../../src/domain/index.js';
import { toDuckdb, toPostgres, toSqlite } from '../../src/rules/index.js';
import { freshDatabase } from './postgres.js';
import { seededRandom } from './random.js';

/*
 * The same synthetic profiles as a table in SQLite, DuckDB and PostgreSQL, and one way to ask each
 * engine for the three-valued answers of many compiled rules at once, so that the rule compiler's
 * tests compare every engine with the JavaScript one in the same few lines.
 */

/** The evaluation date of the SQL tests; some synthetic birth dates fall on or next to its anniversaries. */
export const AS_OF = '2024-06-01';

export const COUNTRIES = ['VE', 'CO', 'HT', 'CU', 'NI', 'US', 'MX', 'BR', 'PE', 'EC', 'AR', 'CL', 'GT', 'HN', 'SV', 'CR', 'PA', 'CA', 'JM', 'BO'];

type ScalarType = 'boolean' | 'date' | 'country' | 'enum' | 'number';

/**
 * `count` profiles where each answer is present with probability 0.7 (absent = unknown). Lists
 * have 0 to 2 items; dates span 1960–2025, one in ten on or a day off an anniversary of AS_OF.
 */
export function syntheticProfiles(variables: readonly VariableDef[], count = 400, seed = 7): Profile[] {
  const { rand, pick } = seededRandom(seed);
  const date = () => {
    if (rand() < 0.1) return `${1960 + Math.floor(rand() * 64)}-${pick(['05-31', '06-01', '06-02'])}`;
    return new Date(Date.UTC(1960, 0, 1) + rand() * (Date.UTC(2026, 0, 1) - Date.UTC(1960, 0, 1))).toISOString().slice(0, 10);
  };
  const scalar = (type: ScalarType, options: readonly string[]): unknown => {
    switch (type) {
      case 'boolean': return rand() < 0.5;
      case 'date': return date();
      case 'country': return pick(COUNTRIES);
      case 'enum': return pick(options);
      case 'number': return Math.floor(rand() * 50);
    }
  };
  const list = <T>(item: () => T): T[] => Array.from({ length: Math.floor(rand() * 3) }, item);
  const answer = (v: VariableDef): unknown => {
    if (v.type === 'country_list') return list(() => pick(COUNTRIES));
    if (v.type === 'object_list') return list(() => Object.fromEntries((v.fields ?? []).map((f) => [f.id, scalar(f.type, f.options ?? [])])));
    return scalar(v.type, (v.options ?? []).map((o) => o.value));
  };
  return Array.from({ length: count }, () => Object.fromEntries(variables.filter(() => rand() < 0.7).map((v) => [v.id, answer(v)])));
}

/** A rule's answer: met, not met, or unknown (null). */
export type Answer = boolean | null;

export interface SqlEngine {
  name: string;
  toSql(rule: JsonLogic, variables: readonly VariableDef[], asOf: string): string;
  /** What each predicate gives on each profile, `[predicate][profile]`, as the engine returns it. */
  answers(predicates: readonly string[]): Promise<unknown[][]>;
  close(): Promise<void>;
}

/** Predicates per query: one SELECT with one column per predicate. */
const BATCH = 100;

/** Runs the predicates in batches through `select` (rows in profile order, one value per predicate). */
async function batched(predicates: readonly string[], select: (sql: string) => Promise<unknown[][]>): Promise<unknown[][]> {
  const answers: unknown[][] = [];
  for (let from = 0; from < predicates.length; from += BATCH) {
    const batch = predicates.slice(from, from + BATCH);
    const rows = await select(`SELECT ${batch.map((p, i) => `${p} AS p${i}`).join(', ')} FROM profiles ORDER BY id`).catch(async (error: unknown) => {
      // Name the predicate the engine rejects.
      for (const [i, p] of batch.entries()) {
        await select(`SELECT ${p} FROM profiles`).catch((e: unknown) => { throw new Error(`predicate #${from + i}: ${(e as Error).message}\n${p}`, { cause: e }); });
      }
      throw error;
    });
    batch.forEach((_, i) => answers.push(rows.map((row) => row[i])));
  }
  return answers;
}

const columns = (variables: readonly VariableDef[], type: (v: VariableDef) => string) =>
  variables.map((v) => `"${v.id}" ${type(v)}`).join(', ');

/** SQLite: lists and objects as JSON text, booleans as 0/1. */
export function sqliteEngine(variables: readonly VariableDef[], profiles: readonly Profile[]): Promise<SqlEngine> {
  const db = new Database(':memory:');
  db.exec(`CREATE TABLE profiles (id INTEGER PRIMARY KEY, ${columns(variables, () => '')})`);
  const insert = db.prepare(`INSERT INTO profiles VALUES (?, ${variables.map(() => '?').join(', ')})`);
  profiles.forEach((p, i) => insert.run(i, ...variables.map((v) => {
    const value = p[v.id];
    if (value === undefined) return null;
    if (typeof value === 'boolean') return value ? 1 : 0;
    return typeof value === 'object' ? JSON.stringify(value) : value;
  })));
  return Promise.resolve({
    name: 'SQLite',
    toSql: toSqlite,
    answers: (predicates) => batched(predicates, async (sql) => db.prepare(sql).raw().all() as unknown[][]),
    close: () => Promise.resolve(void db.close()),
  });
}

/** DuckDB: lists as VARCHAR[], objects as lists of STRUCTs, BOOLEAN, DOUBLE. */
export async function duckdbEngine(variables: readonly VariableDef[], profiles: readonly Profile[]): Promise<SqlEngine> {
  const scalarType = (type: string) => ({ boolean: 'BOOLEAN', number: 'DOUBLE' } as Record<string, string>)[type] ?? 'VARCHAR';
  const type = (v: VariableDef): string => {
    if (v.type === 'country_list') return 'VARCHAR[]';
    if (v.type === 'object_list') return `STRUCT(${(v.fields ?? []).map((f) => `"${f.id}" ${scalarType(f.type)}`).join(', ')})[]`;
    return scalarType(v.type);
  };
  // Rows go in as SQL literals that DuckDB casts to the column types (no extension needed).
  const value = (x: unknown): string => {
    if (x === undefined || x === null) return 'NULL';
    if (Array.isArray(x)) return `[${x.map(value).join(', ')}]`;
    if (typeof x === 'object') return `{${Object.entries(x).map(([k, v]) => `'${k}': ${value(v)}`).join(', ')}}`;
    if (typeof x === 'boolean') return x ? 'TRUE' : 'FALSE';
    return typeof x === 'number' ? String(x) : `'${String(x).replace(/'/g, "''")}'`;
  };
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run(`CREATE TABLE profiles (id INTEGER, ${columns(variables, type)})`);
  for (let from = 0; from < profiles.length; from += 100) {
    const rows = profiles.slice(from, from + 100).map((p, k) => `(${from + k}, ${variables.map((v) => `${value(p[v.id])}::${type(v)}`).join(', ')})`);
    await connection.run(`INSERT INTO profiles VALUES ${rows.join(', ')}`);
  }
  return {
    name: 'DuckDB',
    toSql: toDuckdb,
    answers: (predicates) => batched(predicates, async (sql) => (await connection.runAndReadAll(sql)).getRows()),
    close: () => Promise.resolve(connection.closeSync()),
  };
}

/** PostgreSQL, in a fresh database: lists as text[], objects as arrays of a composite type, BOOLEAN. */
export async function postgresEngine(variables: readonly VariableDef[], profiles: readonly Profile[]): Promise<SqlEngine> {
  const scalarType = (type: string) => ({ boolean: 'boolean', number: 'double precision' } as Record<string, string>)[type] ?? 'text';
  const type = (v: VariableDef): string => {
    if (v.type === 'country_list') return 'text[]';
    if (v.type === 'object_list') return `"${v.id}_item"[]`;
    return scalarType(v.type);
  };
  const database = await freshDatabase();
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  for (const v of variables.filter((x) => x.type === 'object_list')) {
    await client.query(`CREATE TYPE "${v.id}_item" AS (${(v.fields ?? []).map((f) => `"${f.id}" ${scalarType(f.type)}`).join(', ')})`);
  }
  await client.query(`CREATE TABLE profiles (id integer PRIMARY KEY, ${columns(variables, type)})`);
  // jsonb_populate_recordset turns JSON arrays into text[] and arrays of objects into composites.
  await client.query('INSERT INTO profiles SELECT * FROM jsonb_populate_recordset(NULL::profiles, $1::jsonb)', [JSON.stringify(profiles.map((p, id) => ({ id, ...p })))]);
  return {
    name: 'PostgreSQL',
    toSql: toPostgres,
    answers: (predicates) => batched(predicates, async (sql) => (await client.query<unknown[]>({ text: sql, rowMode: 'array' })).rows),
    close: async () => {
      await client.end();
      await database.drop();
    },
  };
}

export const ENGINES = [sqliteEngine, duckdbEngine, postgresEngine];

/** The engine's value as an Answer: SQLite's 1/0 are true/false; anything not boolean or NULL stays as it is. */
const asAnswer = (value: unknown): unknown => (value === 1 ? true : value === 0 ? false : value);

/**
 * Where an engine's answers differ from the expected ones, the shortest rule that differs, with
 * the profile, both answers and the SQL, to reproduce it; undefined when all agree.
 */
export function firstDisagreement(
  engine: string,
  cases: { rules: readonly JsonLogic[]; sql: readonly string[]; profiles: readonly Profile[] },
  expected: readonly Answer[][],
  actual: readonly unknown[][],
): string | undefined {
  let found: { rule: number; profile: number; size: number } | undefined;
  cases.rules.forEach((rule, r) => {
    const profile = cases.profiles.findIndex((_, p) => asAnswer(actual[r]?.[p]) !== expected[r]?.[p]);
    const size = JSON.stringify(rule).length;
    if (profile >= 0 && (!found || size < found.size)) found = { rule: r, profile, size };
  });
  if (!found) return undefined;
  const { rule, profile } = found;
  return [
    `${engine} answers ${String(asAnswer(actual[rule]?.[profile]))} where JavaScript answers ${String(expected[rule]?.[profile])}`,
    `rule #${rule}: ${JSON.stringify(cases.rules[rule])}`,
    `profile #${profile}: ${JSON.stringify(cases.profiles[profile])}`,
    `SQL: ${cases.sql[rule]}`,
  ].join('\n');
}
