import { zodToOpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { z } from '@hono/zod-openapi';
import { Comparison } from '../../../analytics/index.js';
import { Slug } from '../../../domain/index.js';
import { LangQuery } from '../lang.js';
import { commaList } from '../pathways/query-params.js';

/** Side by side reads best with a few columns; one pathway alone is GET /api/pathways/{id}. */
export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;

export const CompareQuery = z.strictObject({
  ids: commaList(Slug.max(120), {
    minItems: MIN_COMPARED, maxItems: MAX_COMPARED, example: 'co-etpv-ppt,pe-cpp-2023',
    description: `The pathways to compare, ${MIN_COMPARED} to ${MAX_COMPARED} different ids, in the order of the columns.`,
  }).superRefine((ids, ctx) => {
    const twice = ids.filter((id, i) => ids.indexOf(id) !== i);
    if (twice.length > 0) ctx.addIssue({ code: 'custom', message: `names ${[...new Set(twice)].map((id) => `'${id}'`).join(', ')} more than once; list each pathway once` });
  }),
  lang: LangQuery,
});

// A cell's value is any JSON (`z.json()`, recursive), which the OpenAPI generator can only write
// as a named component; the name goes on the analytics' own instance, as for the domain schemas.
const cellValue = Comparison.shape.rows.element.shape.cells.element.shape.value;
zodToOpenAPIRegistry.add(cellValue, {
  _internal: { refId: 'ComparisonValue' },
  type: ['string', 'number', 'boolean', 'array', 'object', 'null'],
  description: 'The value as data; null when unknown. Lists whose order means nothing are sorted.',
} as Parameters<typeof zodToOpenAPIRegistry.add>[1]);

/** Pathways side by side on every attribute, each row marked `same` or `different`. */
export const ComparisonResponse = Comparison.openapi('Comparison');
