import { expect, it } from 'vitest';
import { dataDir, readCatalogue } from '../catalogue/index.js';
import type { Pathway } from '../domain/index.js';
import { getPathway, lastLoad, listPathways, loadCatalogue } from './index.js';
import { describeEachBackend } from './test-backends.js';

const { catalogue } = readCatalogue(dataDir());

describeEachBackend('store', (getDb) => {
  it('round-trips every pathway of the bundled catalogue exactly', async () => {
    await loadCatalogue(getDb(), catalogue.pathways);
    const stored = await listPathways(getDb());
    expect(stored.map((p) => p.id)).toEqual(catalogue.pathways.map((p) => p.id));
    expect(await getPathway(getDb(), 'co-etpv-ppt')).toEqual(catalogue.pathways.find((p) => p.id === 'co-etpv-ppt'));
    expect(await getPathway(getDb(), 'no-such-pathway')).toBeUndefined();
  });

  it('writes nothing when the same catalogue is loaded again', async () => {
    expect((await loadCatalogue(getDb(), catalogue.pathways)).changed).toBe(true);
    const first = await lastLoad(getDb());
    expect((await loadCatalogue(getDb(), catalogue.pathways)).changed).toBe(false);
    expect(await lastLoad(getDb())).toEqual(first);
  });

  it('leaves the previous catalogue intact when a load fails half-way', async () => {
    await loadCatalogue(getDb(), catalogue.pathways);
    const first = catalogue.pathways[0] as Pathway;
    const broken = [first, { ...first, name: { ...first.name, en: 'duplicate id' } }];
    await expect(loadCatalogue(getDb(), broken)).rejects.toThrow();
    expect((await listPathways(getDb())).length).toBe(catalogue.pathways.length);
  });

  it('filters pathways by destination country and type', async () => {
    await loadCatalogue(getDb(), catalogue.pathways);
    const inColombia = await listPathways(getDb(), { destination: 'CO' });
    expect(inColombia.map((p) => p.id)).toContain('co-etpv-ppt');
    expect(inColombia.every((p) => p.destinations.includes('CO'))).toBe(true);
    const protection = await listPathways(getDb(), { type: 'temporary_protection' });
    expect(protection.every((p) => p.type === 'temporary_protection')).toBe(true);
    expect(await listPathways(getDb(), { destination: 'FR' })).toEqual([]);
  });
});
