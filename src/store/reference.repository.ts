import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { Bloc, Country } from '../domain/index.js';
import type { Database } from './database.js';

/**
 * Replaces countries and blocs in one transaction; writes nothing when they are unchanged.
 * Returns whether anything was written.
 */
export async function loadReference(db: Kysely<Database>, countries: readonly Country[], blocs: readonly Bloc[], now = new Date()): Promise<boolean> {
  const contentHash = createHash('sha256').update(JSON.stringify([countries, blocs])).digest('hex');
  return db.transaction().execute(async (trx) => {
    const last = await trx.selectFrom('reference_loads').select('content_hash').orderBy('loaded_at', 'desc').limit(1).executeTakeFirst();
    if (last?.content_hash === contentHash) return false;
    await trx.deleteFrom('bloc_members').execute();
    await trx.deleteFrom('blocs').execute();
    await trx.deleteFrom('countries').execute();
    if (countries.length > 0) {
      await trx.insertInto('countries').values(countries.map((c) => ({
        code: c.code, alpha3: c.alpha3, region_code: c.region?.code ?? null, subregion_code: c.subregion?.code ?? null, document: JSON.stringify(c),
      }))).execute();
    }
    for (const bloc of blocs) {
      await trx.insertInto('blocs').values({ id: bloc.id, document: JSON.stringify(bloc) }).execute();
      await trx.insertInto('bloc_members').values(bloc.members.map((m) => ({ bloc_id: bloc.id, country: m.country, status: m.status, since: m.since }))).execute();
    }
    await trx.insertInto('reference_loads').values({ content_hash: contentHash, loaded_at: now.toISOString() }).execute();
    return true;
  });
}

/** Every country, by alpha-2 code. */
export async function listCountries(db: Kysely<Database>): Promise<Country[]> {
  const rows = await db.selectFrom('countries').select('document').orderBy('code').execute();
  return rows.map((r) => Country.parse(JSON.parse(r.document)));
}

/** Every bloc, by id; `country` keeps only blocs that country belongs to (any status). */
export async function listBlocs(db: Kysely<Database>, country?: string): Promise<Bloc[]> {
  let q = db.selectFrom('blocs').select('blocs.document').orderBy('blocs.id');
  if (country) {
    q = q.where((eb) => eb.exists(eb.selectFrom('bloc_members').select('bloc_members.country')
      .whereRef('bloc_members.bloc_id', '=', 'blocs.id').where('bloc_members.country', '=', country)));
  }
  const rows = await q.execute();
  return rows.map((r) => Bloc.parse(JSON.parse(r.document)));
}
