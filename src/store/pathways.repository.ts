import type { Kysely } from 'kysely';
import { Pathway, type PathwayType } from '../domain/index.js';
import type { Database } from './database.js';

export interface PathwayFilter {
  destination?: string | undefined;
  type?: PathwayType | undefined;
}

/** Pathways in id order, optionally filtered by destination country and type. */
export async function listPathways(db: Kysely<Database>, filter: PathwayFilter = {}): Promise<Pathway[]> {
  let query = db.selectFrom('pathways').select('pathways.document').orderBy('pathways.id');
  if (filter.type) query = query.where('pathways.type', '=', filter.type);
  if (filter.destination) {
    const destination = filter.destination;
    query = query.where((eb) => eb.exists(eb.selectFrom('pathway_destinations')
      .whereRef('pathway_destinations.pathway_id', '=', 'pathways.id')
      .where('pathway_destinations.country', '=', destination)
      .select('pathway_destinations.country')));
  }
  const rows = await query.execute();
  return rows.map((r) => toPathway(r.document));
}

/** One pathway by id, or undefined. */
export async function getPathway(db: Kysely<Database>, id: string): Promise<Pathway | undefined> {
  const row = await db.selectFrom('pathways').select('document').where('id', '=', id).executeTakeFirst();
  return row ? toPathway(row.document) : undefined;
}

function toPathway(document: string): Pathway {
  // Documents were validated before they were stored; parsing again guards against a database
  // edited by hand or written by an older version.
  return Pathway.parse(JSON.parse(document));
}
