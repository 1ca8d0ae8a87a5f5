import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { dataDir, readCatalogue } from '../../catalogue/index.js';
import type { Profile, VariableDef } from '../../domain/index.js';
import { evaluateCriterion } from '../index.js';
import { SqlUnsupportedError, toSqlite } from './to-sql.js';

const { catalogue } = readCatalogue(dataDir());
const criteria = catalogue.pathways.flatMap((p) => p.eligibility.flatMap((v) => v.criteria.map((c) => ({ pathway: p.id, ...c }))));

/** Mulberry32, so every run tests the same profiles. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = prng(7);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
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

  it('names the operation it cannot express', () => {
    expect(() => toSqlite({ cat: ['a', 'b'] }, catalogue.variables, '2024-01-01')).toThrow(SqlUnsupportedError);
    expect(() => toSqlite({ cat: ['a', 'b'] }, catalogue.variables, '2024-01-01')).toThrow(/'cat'/);
  });
});
