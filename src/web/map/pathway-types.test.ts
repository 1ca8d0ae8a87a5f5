import { describe, expect, it } from 'vitest';
import { PATHWAY_TYPES as DOMAIN_TYPES } from '../../domain/pathway.js';
import { asPathwayType, PATHWAY_TYPES } from './pathway-types.js';

describe('web map: pathway types', () => {
  it('are the domain’s, in its order', () => {
    expect(PATHWAY_TYPES).toEqual(DOMAIN_TYPES);
  });

  it('read a type from a URL, and nothing else', () => {
    expect(asPathwayType('parole')).toBe('parole');
    expect(asPathwayType('Parole')).toBeNull();
    expect(asPathwayType(undefined)).toBeNull();
  });
});
