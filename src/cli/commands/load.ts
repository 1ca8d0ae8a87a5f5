import type { Catalogue } from '../../catalogue/index.js';
import { loadCatalogue, migrateToLatest, openStore, type StoreConfig } from '../../store/index.js';
import { EXIT, type Io } from '../io.js';

/** `vias load`: the catalogue into the database, in one transaction; idempotent. */
export async function loadCommand(io: Io, catalogue: Catalogue, store: StoreConfig): Promise<number> {
  const db = openStore(store);
  try {
    await migrateToLatest(db);
    const result = await loadCatalogue(db, catalogue.pathways);
    io.out(result.changed
      ? `✓ loaded ${result.pathways} pathways into ${store.file}`
      : `✓ ${store.file} already holds this catalogue (${result.pathways} pathways); nothing to do`);
    return EXIT.ok;
  } finally {
    await db.destroy();
  }
}
