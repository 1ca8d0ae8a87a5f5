import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from './database.js';

/**
 * Which database to use. SQLite (a file, or `:memory:`) is the embedded default; other kinds
 * (PostgreSQL) are added here as new variants without touching any caller.
 */
export type StoreConfig = { kind: 'sqlite'; file: string };

/** The set of backends the store contract suite runs against. */
export const STORE_KINDS = ['sqlite'] as const;

/**
 * Opens a Kysely instance for the configured backend. The caller owns it: `await db.destroy()`.
 *
 * @example const db = openStore({ kind: 'sqlite', file: 'vias.db' });
 */
export function openStore(config: StoreConfig): Kysely<Database> {
  const sqlite = new SQLite(config.file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
}
