import { afterAll, beforeAll } from 'vitest';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Kysely } from 'kysely';
import { dataDir, readCatalogue, readReference } from '../catalogue/index.js';
import { loadCatalogue, loadReference, loadStatistics, migrateToLatest, openStore, type Database } from '../store/index.js';
import { createApp } from './app.js';
import type { AppDeps } from './deps.js';
import type { AppEnv } from './env.js';
import { silentLogger } from './logger.js';
import { testStatistics, type TestStatistics } from './test-statistics.js';

/** Options of `buildTestApp`: anything of `AppDeps` but the database and the variables, and which statistics to load. */
export type TestAppOptions = Partial<Omit<AppDeps, 'db' | 'variables'>> & {
  /**
   * `none` (default, the fastest); `sample`: real rows of a few series and periods, enough for
   * every statistics route (about 0.5 s the first time in a test file; see test-statistics.ts);
   * `all`: every observation (about 14 s).
   */
  statistics?: TestStatistics | 'none' | undefined;
};

// Read once per test file (a vitest worker), however many apps it builds.
let bundled: { catalogue: ReturnType<typeof readCatalogue>['catalogue']; reference: ReturnType<typeof readReference> } | undefined;
function bundledData() {
  if (bundled) return bundled;
  const { catalogue, issues } = readCatalogue(dataDir());
  const reference = readReference(dataDir());
  const problems = [...issues, ...reference.issues];
  if (problems.length > 0) throw new Error(`the bundled data have problems: ${problems.map((i) => i.message).join('; ')}`);
  bundled = { catalogue, reference };
  return bundled;
}

/**
 * An app over a fresh in-memory database loaded with the bundled catalogue, countries and blocs
 * (for tests), and statistics when asked: today is 2022-01-15, the log is silent and the rate
 * limit generous, unless `options` say otherwise.
 *
 * @example const { app, db } = await buildTestApp({ limits: { check: { limit: 2, windowMs: 60_000 } } });
 * @example const { app } = await buildTestApp({ statistics: 'sample' });
 */
export async function buildTestApp(options: TestAppOptions = {}): Promise<{ app: OpenAPIHono<AppEnv>; db: Kysely<Database> }> {
  const { statistics = 'none', ...deps } = options;
  const { catalogue, reference } = bundledData();
  const db = openStore({ kind: 'sqlite', file: ':memory:' });
  await migrateToLatest(db);
  await loadCatalogue(db, catalogue.pathways);
  await loadReference(db, reference.countries, reference.blocs);
  if (statistics !== 'none') await loadStatistics(db, testStatistics(statistics));
  const app = createApp({
    db, variables: catalogue.variables, today: () => '2022-01-15', logger: silentLogger,
    ...deps,
    limits: { check: { limit: 10_000, windowMs: 60_000 }, ...deps.limits },
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
