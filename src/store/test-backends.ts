import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe } from 'vitest';
import { openStore, STORE_KINDS, type StoreConfig } from './connect.js';
import type { Database } from './database.js';
import { migrateToLatest } from './migrate.js';

const CONFIGS: Record<(typeof STORE_KINDS)[number], () => StoreConfig> = {
  sqlite: () => ({ kind: 'sqlite', file: ':memory:' }),
};

/**
 * Runs a store contract suite once per supported backend, each test on a fresh migrated
 * database (Kysely's `for (const dialect of DIALECTS)` pattern).
 */
export function describeEachBackend(title: string, suite: (db: () => Kysely<Database>) => void): void {
  for (const kind of STORE_KINDS) {
    describe(`${title} (${kind})`, () => {
      let db: Kysely<Database>;
      beforeEach(async () => {
        db = openStore(CONFIGS[kind]());
        await migrateToLatest(db);
      });
      afterEach(async () => db.destroy());
      suite(() => db);
    });
  }
}
