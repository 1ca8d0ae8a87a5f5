import { DuckDBInstance } from '@duckdb/node-api';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { dataDir, readCatalogue } from '../../catalogue/index.js';
import type { Profile, VariableDef } from '../../domain/index.js';
import { evaluateCriterion } from '../index.js';
import { SqlUnsupportedError, toDuckdb, toSqlite } from './to-sql.js';
import { seededRandom } from '../../../test/support/random.js';

const { catalogue } = readCatalogue(dataDir());
const criteria = catalogue.pathways.flatMap((p) => p.eligibility.flatMap((v) => v.criteria.map((c) => ({ pathway: p.id, ...c }))));

const { rand, pick } = seededRandom(7);
const COUNTRIES = ['VE', 'CO', 'HT', 'CU', 'NI', 'US', 'MX', 'BR', 'PE', 'EC', 'AR', 'CL', 'GT', 'HN', 'SV', 'CR', 'PA', 'CA', 'JM', 'BO'];
const date = () => new Date(Date.UTC(1960, 0, 1) + rand() * (Date.UTC(2026, 0, 1) - Date.UTC(1960, 0, 1))).toISOString().slice(0, 10);

function answer(v: VariableDef): unknown {
  switch (v.type) {
    case 'boolean': return rand() < 0.5;
    case 'date': return date();
    case 'country': return pick(COUNTRIES);
    case 'country_list': return Array.from({ length: Math.floor(rand() * 3) }, () => pick(COUNTRIES));
    case 'enum': return pick(v.options ?? []).value;
    case 'number': return Math.floor(rand() * 50);
    case 'object_list': return Array.from({ length: Math.floor(rand() * 3) }, () => Object.fromEntries(
      (v.fields ?? []).map((f) => [f.id, f.type === 'country' ? pick(COUNTRIES) : pick(f.options ?? [''])]),
    ));
  }
}

/** Profiles where each answer is present with probability 0.7 (absent = unknown). */
const profiles: Profile[] = Array.from({ length: 400 }, () =>
  Object.fromEntries(catalogue.variables.filter(() => rand() < 0.7).map((v) => [v.id, answer(v)])));

function profileTable(): Database.Database {
  const db = new Database(':memory:');
  const columns = catalogue.variables.map((v) => `"${v.id}"`);
  db.exec(`CREATE TABLE profiles (id INTEGER PRIMARY KEY, ${columns.join(', ')})`);
  const insert = db.prepare(`INSERT INTO profiles VALUES (?, ${columns.map(() => '?').join(', ')})`);
  profiles.forEach((p, i) => insert.run(i, ...catalogue.variables.map((v) => {
    const value = p[v.id];
    if (value === undefined) return null;
    if (typeof value === 'boolean') return value ? 1 : 0;
    return typeof value === 'object' ? JSON.stringify(value) : value;
  })));
  return db;
}

describe('rules.toSqlite', () => {
  it('gives the JavaScript engine\'s three-valued answer for every real criterion and profile', () => {
    const db = profileTable();
    const asOf = '2024-06-01';
    let compared = 0;
    for (const criterion of criteria) {
      const sql = toSqlite(criterion.rule, catalogue.variables, asOf);
      const rows = db.prepare(`SELECT id, ${sql} AS met FROM profiles ORDER BY id`).all() as { id: number; met: number | null }[];
      for (const row of rows) {
        const expected = evaluateCriterion(criterion, profiles[row.id] as Profile, asOf).met;
        const actual = row.met === null ? null : row.met !== 0;
        if (actual !== expected) {
          throw new Error(`${criterion.pathway}/${criterion.id} on profile ${row.id}: SQL ${String(actual)}, JS ${String(expected)}\n${sql}\n${JSON.stringify(profiles[row.id])}`);
        }
        compared += 1;
      }
    }
    expect(compared).toBe(criteria.length * profiles.length);
    db.close();
  });

  it('gives the same answers in DuckDB, over native list and struct columns', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    const type = (v: VariableDef) => ({ boolean: 'BOOLEAN', number: 'DOUBLE', country_list: 'VARCHAR[]', object_list: 'STRUCT(country VARCHAR, relationship VARCHAR, status VARCHAR)[]' } as Record<string, string>)[v.type] ?? 'VARCHAR';
    await connection.run(`CREATE TABLE profiles (id INTEGER, ${catalogue.variables.map((v) => `"${v.id}" ${type(v)}`).join(', ')})`);
    // Rows go in as JSON text that DuckDB casts to the column types (no extension needed).
    const json = (value: unknown, v: VariableDef): string => {
      if (value === undefined) return 'NULL';
      if (v.type === 'country_list') return `[${(value as string[]).map((x) => `'${x}'`).join(', ')}]::VARCHAR[]`;
      if (v.type === 'object_list') {
        const items = (value as Record<string, string>[]).map((x) => `{'country': '${x.country}', 'relationship': '${x.relationship}', 'status': '${x.status}'}`);
        return `[${items.join(', ')}]::STRUCT(country VARCHAR, relationship VARCHAR, status VARCHAR)[]`;
      }
      if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
      return typeof value === 'number' ? String(value) : `'${String(value)}'`;
    };
    for (let i = 0; i < profiles.length; i += 100) {
      const rows = profiles.slice(i, i + 100).map((p, k) => `(${i + k}, ${catalogue.variables.map((v) => json(p[v.id], v)).join(', ')})`);
      await connection.run(`INSERT INTO profiles VALUES ${rows.join(', ')}`);
    }
    const asOf = '2024-06-01';
    const union = criteria.map((c, n) => `SELECT ${n} AS criterion, id, ${toDuckdb(c.rule, catalogue.variables, asOf)} AS met FROM profiles`).join(' UNION ALL ');
    const rows = (await connection.runAndReadAll(union)).getRowObjects() as { criterion: number; id: number; met: boolean | null }[];
    expect(rows.length).toBe(criteria.length * profiles.length);
    const wrong = rows.filter((r) => {
      const criterion = criteria[r.criterion] as (typeof criteria)[number];
      return evaluateCriterion(criterion, profiles[r.id] as Profile, asOf).met !== r.met;
    }).slice(0, 3).map((r) => `${criteria[r.criterion]?.pathway}/${criteria[r.criterion]?.id} on profile ${r.id}: DuckDB ${String(r.met)}`);
    expect(wrong).toEqual([]);
    connection.closeSync();
  });

  it('names the operation it cannot express', () => {
    expect(() => toSqlite({ cat: ['a', 'b'] }, catalogue.variables, '2024-01-01')).toThrow(SqlUnsupportedError);
    expect(() => toSqlite({ cat: ['a', 'b'] }, catalogue.variables, '2024-01-01')).toThrow(/'cat'/);
  });
});
