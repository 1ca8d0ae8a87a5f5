import { describe, expect, it } from 'vitest';
import { compareHref, pathwayHref, readSelection, withoutPathway, withPathway } from './selection.js';

describe('web compare: the selection in the URL', () => {
  it('keeps well-formed ids once each, in order, and at most four', () => {
    expect(readSelection('co-pep,pe-ptp,co-pep,Bad!,,x')).toEqual(['co-pep', 'pe-ptp', 'x']);
    expect(readSelection('a,b,c,d,e')).toEqual(['a', 'b', 'c', 'd']);
    expect(readSelection(undefined)).toEqual([]);
  });
  it('adds a pathway only when it is new and there is room', () => {
    expect(withPathway(['a'], 'b')).toEqual(['a', 'b']);
    expect(withPathway(['a', 'b'], 'a')).toEqual(['a', 'b']);
    expect(withPathway(['a', 'b', 'c', 'd'], 'e')).toEqual(['a', 'b', 'c', 'd']);
    expect(withoutPathway(['a', 'b', 'c'], 'b')).toEqual(['a', 'c']);
  });
  it('writes shareable addresses with readable commas', () => {
    expect(compareHref('es', ['co-pep', 'pe-ptp'])).toBe('/es/compare?ids=co-pep,pe-ptp');
    expect(compareHref('en', ['a', 'b'], true)).toBe('/en/compare?ids=a,b&diff=only');
    expect(compareHref('fr', [])).toBe('/fr/compare');
    expect(pathwayHref('pt', 'co-pep', ['a'])).toBe('/pt/pathways/co-pep?compare=a');
    expect(pathwayHref('pt', 'co-pep')).toBe('/pt/pathways/co-pep');
  });
});
