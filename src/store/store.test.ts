import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dataDir, readCatalogue } from '../catalogue/index.js';
import type { Pathway } from '../domain/index.js';
import { getPathway, lastLoad, listPathways, loadCatalogue, migrateToLatest, openStore, STORE_KINDS, type Database, type StoreConfig } from './index.js';

const { catalogue } = readCatalogue(dataDir());
const configs: Record<(typeof STORE_KINDS)[number], () => StoreConfig> = {
  sqlite: () => ({ kind: 'sqlite', file: ':memory:' }),
};

for (const kind of STORE_KINDS) {
  describe(`store (${kind})`, () => {
    let db: Kysely<Database>;
    beforeEach(async () => {
      db = openStore(configs[kind]());
      await migrateToLatest(db);
    });
    afterEach(async () => db.destroy());

    it('round-trips every pathway of the bundled catalogue exactly', async () => {
      await loadCatalogue(db, catalogue.pathways);
      const stored = await listPathways(db);
      expect(stored.map((p) => p.id)).toEqual(catalogue.pathways.map((p) => p.id));
      expect(await getPathway(db, 'co-etpv-ppt')).toEqual(catalogue.pathways.find((p) => p.id === 'co-etpv-ppt'));
      expect(await getPathway(db, 'no-such-pathway')).toBeUndefined();
    });

    it('writes nothing when the same catalogue is loaded again', async () => {
      expect((await loadCatalogue(db, catalogue.pathways)).changed).toBe(true);
      const first = await lastLoad(db);
      expect((await loadCatalogue(db, catalogue.pathways)).changed).toBe(false);
      expect(await lastLoad(db)).toEqual(first);
    });

    it('leaves the previous catalogue intact when a load fails half-way', async () => {
      await loadCatalogue(db, catalogue.pathways);
      const first = catalogue.pathways[0] as Pathway;
      const broken = [first, { ...first, name: { ...first.name, en: 'duplicate id' } }];
      await expect(loadCatalogue(db, broken)).rejects.toThrow();
      expect((await listPathways(db)).length).toBe(catalogue.pathways.length);
    });

    it('filters pathways by destination country and type', async () => {
      await loadCatalogue(db, catalogue.pathways);
      const inColombia = await listPathways(db, { destination: 'CO' });
      expect(inColombia.map((p) => p.id)).toContain('co-etpv-ppt');
      expect(inColombia.every((p) => p.destinations.includes('CO'))).toBe(true);
      const protection = await listPathways(db, { type: 'temporary_protection' });
      expect(protection.every((p) => p.type === 'temporary_protection')).toBe(true);
      expect(await listPathways(db, { destination: 'FR' })).toEqual([]);
    });
  });
}
