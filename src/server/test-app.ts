import type { Hono } from 'hono';
import type { Kysely } from 'kysely';
import { dataDir, readCatalogue } from '../catalogue/index.js';
import { loadCatalogue, migrateToLatest, openStore, type Database } from '../store/index.js';
import { createApp } from './app.js';

/** An app over a fresh in-memory database loaded with the bundled catalogue (for tests). */
export async function buildTestApp(today = '2022-01-15'): Promise<{ app: Hono; db: Kysely<Database> }> {
  const { catalogue, issues } = readCatalogue(dataDir());
  if (issues.length > 0) throw new Error(`the bundled catalogue has problems: ${issues.map((i) => i.message).join('; ')}`);
  const db = openStore({ kind: 'sqlite', file: ':memory:' });
  await migrateToLatest(db);
  await loadCatalogue(db, catalogue.pathways);
  return { app: createApp({ db, variables: catalogue.variables, today: () => today }), db };
}
