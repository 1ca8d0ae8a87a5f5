import { zodToOpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import type { z } from 'zod';
import { CountryCode, Criterion, EligibilityVersion, IsoDate, JsonLogic, LifecycleEvent, Localized, Pathway, Source } from '../../domain/index.js';

type Metadata = Parameters<typeof zodToOpenAPIRegistry.add>[1];

/**
 * OpenAPI names and annotations for the domain's zod schemas, attached without touching
 * `src/domain` (which is pure and knows nothing of OpenAPI). `.openapi('Name')` would return a
 * copy while `Pathway` keeps nesting the originals, so the metadata goes on the original
 * instances, through zod-to-openapi's registry.
 *
 * JsonLogic is recursive (`z.json()`), which zod-to-openapi can only express as a named
 * component. It is declared as "any JSON value but null" so that the generator's
 * `oneOf: [JsonLogic, null]` for a nullable reference stays unambiguous.
 */
const METADATA: [z.ZodType, Metadata][] = [
  [Pathway, { _internal: { refId: 'Pathway' }, description: 'A pathway as the catalogue records it: every fact with its sources; `value: null` is unknown.' }],
  [Localized, { _internal: { refId: 'Localized' }, description: 'A text in the four catalogue languages; `drafts` lists draft translations.' }],
  [Source, { _internal: { refId: 'Source' } }],
  [Criterion, { _internal: { refId: 'Criterion' } }],
  [EligibilityVersion, { _internal: { refId: 'EligibilityVersion' } }],
  [LifecycleEvent, { _internal: { refId: 'LifecycleEvent' } }],
  [JsonLogic, {
    _internal: { refId: 'JsonLogic' },
    type: ['string', 'number', 'boolean', 'array', 'object'],
    description: 'A JsonLogic rule (jsonlogic.com); operations are one-key objects. See docs/rules.md.',
    example: { in: ['VE', { var: 'nationalities' }] },
  }],
  [IsoDate, { format: 'date', example: '2021-09-01' }],
  [CountryCode, { description: 'ISO 3166-1 alpha-2 code, in capitals.', example: 'CO' }],
];

let attached = false;

/** Attaches the names and annotations (once). Call before generating the document. */
export function annotateDomainSchemas(): void {
  if (attached) return;
  attached = true;
  for (const [schema, metadata] of METADATA) zodToOpenAPIRegistry.add(schema, metadata);
}
