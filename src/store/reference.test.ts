import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dataDir, readCountries } from '../catalogue/index.js';
import type { Bloc } from '../domain/index.js';
import { listBlocs, listCountries, loadReference, migrateToLatest, openStore, STORE_KINDS, type Database, type StoreConfig } from './index.js';

const configs: Record<(typeof STORE_KINDS)[number], () => StoreConfig> = { sqlite: () => ({ kind: 'sqlite', file: ':memory:' }) };
const { countries } = readCountries(dataDir());
const name = { en: 'Test bloc', es: 'Bloque de prueba', pt: 'Bloco de teste', fr: 'Bloc de test' };
const blocs: Bloc[] = [{
  id: 'test-bloc', name: { ...name, original: { lang: 'es', text: 'Bloque de prueba' } },
  members: [{ country: 'AR', status: 'member', since: '1991-03-26', sources: ['s'] }, { country: 'CL', status: 'associate', since: null, sources: ['s'] }],
  sources: [{ id: 's', url: 'https://example.org/s', title: 'Test', publisher: 'Test', kind: 'official', date: null }],
  last_reviewed: '2026-11-28',
}];

for (const kind of STORE_KINDS) {
  describe(`store reference data (${kind})`, () => {
    let db: Kysely<Database>;
    beforeEach(async () => {
      db = openStore(configs[kind]());
      await migrateToLatest(db);
    });
    afterEach(async () => db.destroy());

    it('round-trips countries and blocs, and writes nothing the second time', async () => {
      expect(await loadReference(db, countries, blocs)).toBe(true);
      expect(await listCountries(db)).toEqual(countries);
      expect(await listBlocs(db)).toEqual(blocs);
      expect(await loadReference(db, countries, blocs)).toBe(false);
    });
    it("lists the blocs a country belongs to, whatever its status", async () => {
      await loadReference(db, countries, blocs);
      expect((await listBlocs(db, 'CL')).map((b) => b.id)).toEqual(['test-bloc']);
      expect(await listBlocs(db, 'US')).toEqual([]);
    });
  });
}
