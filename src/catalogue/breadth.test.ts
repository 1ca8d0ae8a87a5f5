import { describe, expect, it } from 'vitest';
import { PATHWAY_TYPES } from '../domain/index.js';
import { dataDir, readCatalogue } from './index.js';

const { catalogue } = readCatalogue(dataDir());

describe('the bundled catalogue', () => {
  it('covers at least 65 pathways in at least 20 destination countries', () => {
    expect(catalogue.pathways.length).toBeGreaterThanOrEqual(65);
    expect(new Set(catalogue.pathways.flatMap((p) => p.destinations)).size).toBeGreaterThanOrEqual(20);
  });
  it('has every type of pathway of the domain model', () => {
    const types = new Set(catalogue.pathways.map((p) => p.type));
    expect(PATHWAY_TYPES.filter((t) => !types.has(t))).toEqual([]);
  });
  it('reviewed every pathway, with at least one source and a figure date no later than the review', () => {
    for (const p of catalogue.pathways) {
      expect(p.sources.length, p.id).toBeGreaterThan(0);
      for (const f of p.figures) expect(f.as_of <= p.last_reviewed, `${p.id} figure ${f.as_of}`).toBe(true);
    }
  });
});
