import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { Database } from './database.js';
import { catalogue } from './migrations/0001-catalogue.js';
import { statistics } from './migrations/0002-statistics.js';
import { reference } from './migrations/0003-reference.js';
import { observationIndexes } from './migrations/0004-observation-indexes.js';

/**
 * Migrations are listed in code, not discovered on disk, so the same set runs from the CLI,
 * the server and tests whatever the working directory. Names sort in the order they run.
 */
const MIGRATIONS: Record<string, Migration> = {
  '0001-catalogue': catalogue,
  '0002-statistics': statistics,
  '0003-reference': reference,
  '0004-observation-indexes': observationIndexes,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/** Brings the database schema up to date; throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`database migration '${failed}' failed: ${(error as Error).message}`, { cause: error });
  }
}
