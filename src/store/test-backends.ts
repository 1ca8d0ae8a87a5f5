import type { Kysely } from 'kysely';
import { afterAll, afterEach, beforeAll, beforeEach, describe } from 'vitest';
import { openStore, STORE_KINDS, type StoreConfig } from './connect.js';
import type { Database } from './database.js';
import { migrateToLatest } from './migrate.js';

const CONFIGS: Record<(typeof STORE_KINDS)[number], () => StoreConfig> = {
  sqlite: () => ({ kind: 'sqlite', file: ':memory:' }),
};

export interface BackendSuiteOptions {
  /**
   * Fills one database per backend before the suite, shared read-only by its tests (for data too
   * large to load per test, such as the bundled statistics). Without it each test gets a fresh one.
   */
  seed?: (db: Kysely<Database>) => Promise<void>;
}

/**
 * Runs a store contract suite once per supported backend, each test on a fresh migrated
 * database (Kysely's `for (const dialect of DIALECTS)` pattern), or all on one seeded database.
 * The suite receives the backend's kind, for the rare test that is about one engine (query plans).
 */
export function describeEachBackend(
  title: string, suite: (db: () => Kysely<Database>, kind: (typeof STORE_KINDS)[number]) => void, options: BackendSuiteOptions = {},
): void {
  for (const kind of STORE_KINDS) {
    describe(`${title} (${kind})`, () => {
      let db: Kysely<Database>;
      const open = async () => {
        db = openStore(CONFIGS[kind]());
        await migrateToLatest(db);
      };
      if (options.seed) {
        const seed = options.seed;
        beforeAll(async () => {
          await open();
          await seed(db);
        });
        afterAll(async () => db.destroy());
      } else {
        beforeEach(open);
        afterEach(async () => db.destroy());
      }
      suite(() => db, kind);
    });
  }
}
