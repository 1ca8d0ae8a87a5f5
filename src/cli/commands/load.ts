import type { Kysely } from 'kysely';
import { formatIssue, readReference, readStatistics, statisticsFingerprint, type Catalogue } from '../../catalogue/index.js';
import { lastStatisticsLoad, loadCatalogue, loadReference, loadStatistics, migrateToLatest, openStore, type Database, type StoreConfig } from '../../store/index.js';
import { EXIT, type Io } from '../io.js';
import { progressBar } from '../progress.js';

/**
 * Loads the catalogue and the statistics into an open database, each in one transaction (all or
 * nothing) and idempotently. Returns false, having written nothing, when the statistics are invalid.
 */
export async function loadEverything(io: Io, db: Kysely<Database>, catalogue: Catalogue, data: string, target: string): Promise<boolean> {
  await migrateToLatest(db);
  const current = (await lastStatisticsLoad(db))?.content_hash === statisticsFingerprint(data);
  const { statistics, issues } = current ? { statistics: null, issues: [] } : readStatistics(data);
  if (issues.length > 0) {
    issues.forEach((i) => io.err(formatIssue(i)));
    io.err(`✗ the statistics have ${issues.length} problem(s); nothing was loaded`);
    return false;
  }
  const reference = readReference(data);
  if (reference.issues.length > 0) {
    reference.issues.forEach((i) => io.err(formatIssue(i)));
    io.err(`✗ the reference data have ${reference.issues.length} problem(s); nothing was loaded`);
    return false;
  }
  const pathways = await loadCatalogue(db, catalogue.pathways);
  io.out(pathways.changed ? `✓ loaded ${pathways.pathways} pathways into ${target}` : `✓ ${target} already holds this catalogue (${pathways.pathways} pathways)`);
  if (await loadReference(db, reference.countries, reference.blocs)) {
    io.out(`✓ loaded ${reference.countries.length} countries and ${reference.blocs.length} blocs into ${target}`);
  }
  if (!statistics) {
    io.out(`✓ ${target} already holds these statistics`);
    return true;
  }
  const bar = progressBar('statistics');
  const stats = await loadStatistics(db, statistics, bar.update).finally(bar.stop);
  io.out(`✓ loaded ${stats.series} statistical series (${stats.observations.toLocaleString('en')} observations) into ${target}`);
  return true;
}

/** `vias load`: the catalogue and the statistics into the database; idempotent. */
export async function loadCommand(io: Io, catalogue: Catalogue, data: string, store: StoreConfig): Promise<number> {
  const db = openStore(store);
  try {
    return (await loadEverything(io, db, catalogue, data, store.file)) ? EXIT.ok : EXIT.findings;
  } finally {
    await db.destroy();
  }
}
