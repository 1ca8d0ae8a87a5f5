import { createRoute } from '@hono/zod-openapi';
import { coverageMatrix, mentionedNationalities } from '../../../analytics/index.js';
import { countryName } from '../../../analytics/format.js';
import type { Lang, Pathway } from '../../../domain/index.js';
import type { ResolvedDeps } from '../../deps.js';
import { json, notModified, problems } from '../../openapi/responses.js';
import { newRouter } from '../../openapi/router.js';
import { answerQuery } from '../pathways/query-params.js';
import { snapshotMemo } from '../pathways/snapshot-memo.js';
import { CoverageQuery, CoverageResponse } from './schema.js';

const route = createRoute({
  method: 'get',
  path: '/coverage',
  tags: ['pathways'],
  summary: 'Nationality × destination on a date: which pathways a national of each country could use where',
  description: 'A cell lists the pathways open that day into its destination whose criteria do not definitely rule out a national of its country (`admits: unknown` when other answers decide). Only cells with a pathway are listed, and a country is no destination for its own nationals.',
  request: { query: CoverageQuery },
  responses: { 200: json(CoverageResponse, 'The coverage matrix'), ...notModified, ...problems(400) },
});

const remember = snapshotMemo<CoverageResponse>(64);
const defaultRows = snapshotMemo<string[]>(1);

function coverage(pathways: readonly Pathway[], nationalities: readonly string[], asOf: string, lang: Lang): CoverageResponse {
  const matrix = answerQuery(() => coverageMatrix(pathways, nationalities, asOf));
  const countries = [...new Set([...matrix.nationalities, ...matrix.destinations])].sort();
  const since = pathways.flatMap((p) => p.eligibility.map((v) => v.valid_from)).reduce<string | null>((a, b) => (a === null || b < a ? b : a), null);
  return { ...matrix, since, country_names: Object.fromEntries(countries.map((c) => [c, countryName(c, lang)])) };
}

/** GET /api/coverage: `coverageMatrix` over the in-memory catalogue, on a date (today by default). */
export function coverageRoutes(deps: ResolvedDeps) {
  return newRouter().openapi(route, async (c) => {
    const { as_of: asOf = deps.today(), nationalities, lang } = c.req.valid('query');
    const { pathways } = await deps.catalogue.current();
    const rows = nationalities ?? defaultRows(pathways, '', () => mentionedNationalities(pathways));
    return c.json(remember(pathways, JSON.stringify([asOf, lang, nationalities]), () => coverage(pathways, rows, asOf, lang)), 200);
  });
}
