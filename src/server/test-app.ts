import { afterAll, beforeAll } from 'vitest';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import { dataDir, readCatalogue } from '../catalogue/index.js';
import { loadCatalogue, migrateToLatest, openStore, type Database } from '../store/index.js';
import { createApp } from './app.js';
import type { AppDeps } from './deps.js';
import type { AppEnv } from './env.js';
import { silentLogger } from './logger.js';

/** Options of `buildTestApp`: anything of `AppDeps` but the database and the variables. */
export type TestAppOptions = Partial<Omit<AppDeps, 'db' | 'variables'>>;

/**
 * An app over a fresh in-memory database loaded with the bundled catalogue (for tests): today is
 * 2022-01-15, the log is silent and the rate limit generous, unless `options` say otherwise.
 *
 * @example const { app, db } = await buildTestApp({ limits: { check: { limit: 2, windowMs: 60_000 } } });
 */
export async function buildTestApp(options: TestAppOptions = {}): Promise<{ app: OpenAPIHono<AppEnv>; db: Kysely<Database> }> {
  const { catalogue, issues } = readCatalogue(dataDir());
  if (issues.length > 0) throw new Error(`the bundled catalogue has problems: ${issues.map((i) => i.message).join('; ')}`);
  const db = openStore({ kind: 'sqlite', file: ':memory:' });
  await migrateToLatest(db);
  await loadCatalogue(db, catalogue.pathways);
  const app = createApp({
    db, variables: catalogue.variables, today: () => '2022-01-15', logger: silentLogger,
    ...options,
    limits: { check: { limit: 10_000, windowMs: 60_000 }, ...options.limits },
  });
  return { app, db };
}

/**
 * The app of one test file: built before its tests, its database closed after them.
 *
 * @example const ctx = useTestApp(); it('…', async () => { await ctx.app.request('/api/health'); });
 */
export function useTestApp(options: TestAppOptions = {}): Awaited<ReturnType<typeof buildTestApp>> {
  const ctx = {} as Awaited<ReturnType<typeof buildTestApp>>;
  beforeAll(async () => { Object.assign(ctx, await buildTestApp(options)); });
  afterAll(async () => ctx.db.destroy());
  return ctx;
}
