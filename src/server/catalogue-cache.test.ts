import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { dataDir, readCatalogue } from '../catalogue/index.js';
import { loadCatalogue, migrateToLatest, openStore, type Database } from '../store/index.js';
import { catalogueCache } from './catalogue-cache.js';

const { catalogue } = readCatalogue(dataDir());
let db: Kysely<Database>;

beforeAll(async () => {
  db = openStore({ kind: 'sqlite', file: ':memory:' });
  await migrateToLatest(db);
});
afterAll(async () => db.destroy());

describe('server.catalogueCache', () => {
  it('serves an empty catalogue before any load, then the loaded one once it rechecks', async () => {
    let clock = 0;
    const cache = catalogueCache(db, { recheckMs: 1_000, now: () => clock });
    expect((await cache.current()).pathways).toEqual([]);
    await loadCatalogue(db, catalogue.pathways);
    clock = 999;
    expect((await cache.current()).pathways).toHaveLength(0); // not rechecked yet
    clock = 1_000;
    const loaded = await cache.current();
    expect(loaded.pathways).toHaveLength(catalogue.pathways.length);
    expect(loaded.byId.get('co-etpv-ppt')?.id).toBe('co-etpv-ppt');
    expect(loaded.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps the same arrays while the catalogue is unchanged, so indexes built on them are reused', async () => {
    let clock = 0;
    const cache = catalogueCache(db, { recheckMs: 10, now: () => clock });
    const [a, b] = await Promise.all([cache.current(), cache.current()]);
    expect(a).toBe(b);
    clock = 50;
    expect((await cache.current()).pathways).toBe(a.pathways);
  });

  it('picks up a reload with different content', async () => {
    let clock = 0;
    const cache = catalogueCache(db, { recheckMs: 10, now: () => clock });
    const before = await cache.current();
    await loadCatalogue(db, catalogue.pathways.slice(0, 3), new Date(Date.now() + 60_000));
    clock = 10;
    const after = await cache.current();
    expect(after.pathways.map((p) => p.id)).toEqual(catalogue.pathways.slice(0, 3).map((p) => p.id).sort());
    expect(after.hash).not.toBe(before.hash);
  });
});
