import { describe, expect, it } from 'vitest';
import { foldTerm, queryTerms } from './text-index.js';

describe('analytics.foldTerm', () => {
  it.each([
    ['Migración', 'migracion'], ['MIGRACIÓN', 'migracion'], ['Régularisation', 'regularisation'], ['São', 'sao'],
    ['Œuvre', 'oeuvre'], ['niño', 'nino'], ['TPS', 'tps'],
  ])('folds %s to %s', (term, folded) => expect(foldTerm(term)).toBe(folded));
});

describe('analytics.queryTerms', () => {
  it('drops the little words of the four languages unless nothing else is asked', () => {
    expect(queryTerms('visa para los haitianos')).toEqual(['visa', 'haitianos']);
    expect(queryTerms("permis d'études")).toEqual(['permis', 'etudes']);
    expect(queryTerms('de la')).toEqual(['de', 'la']);
    expect(queryTerms(' ¿? ')).toEqual([]);
  });
});
