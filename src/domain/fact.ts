import { z } from 'zod';
import { Localized } from './localized.js';
import { SourceRefs } from './source.js';

/**
 * One sourced fact about a pathway. `value: null` means unknown: no source states it. A known
 * value must cite at least one of the pathway's sources (checked by the catalogue validator).
 */
export function fact<T extends z.ZodType>(value: T) {
  return z.strictObject({
    value: value.nullable(),
    sources: SourceRefs.default([]),
    note: Localized.optional(),
  });
}

export interface Fact<T> {
  value: T | null;
  sources: string[];
  note?: Localized | undefined;
}
