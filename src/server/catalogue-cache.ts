import type { Kysely } from 'kysely';
import type { Pathway } from '../domain/index.js';
import { lastLoad, listPathways, type Database } from '../store/index.js';

/** The catalogue as the routes read it: every pathway, and the load it came from. */
export interface CatalogueSnapshot {
  /** Every pathway, by id. The same array until the catalogue is reloaded, so indexes built on it (full text, facets) are reused. */
  pathways: readonly Pathway[];
  byId: ReadonlyMap<string, Pathway>;
  /** The content hash of the load (store `catalogue_loads`); '' for an empty store. */
  hash: string;
  /** When that load happened, ISO 8601; null for an empty store. */
  loadedAt: string | null;
}

export interface CatalogueCache {
  /** The current snapshot; re-read from the store when a newer load is seen. */
  current(): Promise<CatalogueSnapshot>;
}

/**
 * Keeps the whole catalogue in memory: it is small (tens of pathways, a few MB parsed) and every
 * search, comparison and coverage query reads all of it. The store is asked for its latest load
 * at most once per `recheckMs`, so a `vias load` into a running server's database shows within
 * that time without a per-request query; concurrent first requests share one read.
 */
export function catalogueCache(db: Kysely<Database>, { recheckMs = 2_000, now = () => Date.now() } = {}): CatalogueCache {
  let snapshot: Promise<CatalogueSnapshot> | undefined;
  let checkedAt = -Infinity;

  async function read(): Promise<CatalogueSnapshot> {
    const load = await lastLoad(db);
    const pathways = await listPathways(db);
    return { pathways, byId: new Map(pathways.map((p) => [p.id, p])), hash: load?.content_hash ?? '', loadedAt: load?.loaded_at ?? null };
  }

  async function refresh(previous: CatalogueSnapshot): Promise<CatalogueSnapshot> {
    const load = await lastLoad(db);
    return (load?.content_hash ?? '') === previous.hash ? previous : read();
  }

  return {
    current() {
      const t = now();
      if (!snapshot) {
        snapshot = read();
        checkedAt = t;
      } else if (t - checkedAt >= recheckMs) {
        checkedAt = t;
        const previous = snapshot;
        snapshot = previous.then(refresh);
      }
      // A failed read is not kept: the next request tries again.
      const pending = snapshot;
      pending.catch(() => { if (snapshot === pending) snapshot = undefined; });
      return pending;
    },
  };
}
