import { z } from 'zod';
import { IsoDate } from './dates.js';

export const SOURCE_KINDS = ['official', 'international_org', 'academic', 'press', 'secondary'] as const;
export const SourceKind = z.enum(SOURCE_KINDS);
export type SourceKind = z.infer<typeof SourceKind>;

/** A kebab-case identifier, e.g. `decreto-216-2021`. */
export const Slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case: lower-case letters, digits and single hyphens');

/**
 * A document that facts are taken from. `date` is the date the document was published (or last
 * updated); null when the document does not say.
 */
export const Source = z.strictObject({
  id: Slug,
  url: z.url({ message: 'must be an absolute http(s) URL' }),
  title: z.string().min(1),
  publisher: z.string().min(1),
  kind: SourceKind,
  date: IsoDate.nullable(),
});
export type Source = z.infer<typeof Source>;

/** References to a pathway's sources by id. */
export const SourceRefs = z.array(Slug);
