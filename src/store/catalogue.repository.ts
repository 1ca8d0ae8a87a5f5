import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import { needsOfficialSource, type Pathway } from '../domain/index.js';
import type { Database } from './database.js';

export interface LoadResult {
  /** False when the database already held exactly this catalogue (nothing was written). */
  changed: boolean;
  pathways: number;
  contentHash: string;
}

/** A stable fingerprint of a catalogue: same pathways, same hash. */
export function catalogueHash(pathways: readonly Pathway[]): string {
  const sorted = [...pathways].sort((a, b) => a.id.localeCompare(b.id));
  return createHash('sha256').update(JSON.stringify(sorted)).digest('hex');
}

/**
 * Replaces the catalogue in one transaction: all or nothing, and idempotent (loading the same
 * catalogue twice writes nothing the second time).
 */
export async function loadCatalogue(db: Kysely<Database>, pathways: readonly Pathway[], now = new Date()): Promise<LoadResult> {
  const contentHash = catalogueHash(pathways);
  return db.transaction().execute(async (trx) => {
    const last = await trx.selectFrom('catalogue_loads').select('content_hash').orderBy('loaded_at', 'desc').limit(1).executeTakeFirst();
    if (last?.content_hash === contentHash) return { changed: false, pathways: pathways.length, contentHash };
    await clearCatalogue(trx);
    for (const pathway of pathways) await insertPathway(trx, pathway);
    await trx.insertInto('catalogue_loads')
      .values({ content_hash: contentHash, pathway_count: pathways.length, loaded_at: now.toISOString() })
      .execute();
    return { changed: true, pathways: pathways.length, contentHash };
  });
}

async function clearCatalogue(trx: Transaction<Database>): Promise<void> {
  for (const table of ['figures', 'lifecycle_events', 'pathway_sources', 'eligibility_versions', 'pathway_destinations', 'pathways'] as const) {
    await trx.deleteFrom(table).execute();
  }
}

async function insertPathway(trx: Transaction<Database>, p: Pathway): Promise<void> {
  await trx.insertInto('pathways').values({
    id: p.id, type: p.type, name_en: p.name.en, last_reviewed: p.last_reviewed,
    needs_official_source: needsOfficialSource(p) ? 1 : 0, document: JSON.stringify(p),
  }).execute();
  await trx.insertInto('pathway_destinations').values(p.destinations.map((country) => ({ pathway_id: p.id, country }))).execute();
  await trx.insertInto('eligibility_versions').values(p.eligibility.map((v, seq) => ({
    pathway_id: p.id, seq, valid_from: v.valid_from, valid_to: v.valid_to, criteria_count: v.criteria.length,
  }))).execute();
  await trx.insertInto('pathway_sources').values(p.sources.map((s) => ({
    pathway_id: p.id, source_id: s.id, url: s.url, title: s.title, publisher: s.publisher, kind: s.kind, date: s.date,
  }))).execute();
  if (p.lifecycle.length > 0) {
    await trx.insertInto('lifecycle_events').values(p.lifecycle.map((e, seq) => ({ pathway_id: p.id, seq, date: e.date, event: e.event }))).execute();
  }
  if (p.figures.length > 0) {
    await trx.insertInto('figures').values(p.figures.map((f, seq) => ({ pathway_id: p.id, seq, kind: f.kind, count: f.count, as_of: f.as_of }))).execute();
  }
}

/** The last catalogue load, or undefined for an empty database. */
export async function lastLoad(db: Kysely<Database>): Promise<{ content_hash: string; pathway_count: number; loaded_at: string } | undefined> {
  return db.selectFrom('catalogue_loads').selectAll().orderBy('loaded_at', 'desc').limit(1).executeTakeFirst();
}
