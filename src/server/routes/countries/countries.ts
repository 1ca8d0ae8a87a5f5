import { createRoute } from '@hono/zod-openapi';
import { suggest } from '../../../domain/index.js';
import { listBlocs, listCountries } from '../../../store/index.js';
import type { ResolvedDeps } from '../../deps.js';
import { json, notModified, problems } from '../../openapi/responses.js';
import { newRouter } from '../../openapi/router.js';
import { invalidFields } from '../../problem.js';
import { inRegion, presentCountry } from './present.js';
import { CountryList, ListCountriesQuery } from './schema.js';

const list = createRoute({
  method: 'get',
  path: '/countries',
  tags: ['reference'],
  summary: 'The countries: ISO 3166-1 codes, names in four languages, UN M49 regions and the blocs each belongs to',
  description: 'Every ISO 3166-1 country and territory (about 250: not paged), by alpha-2 code.',
  request: { query: ListCountriesQuery },
  responses: { 200: json(CountryList, 'The matching countries'), ...notModified, ...problems(400) },
});

/** GET /api/countries. */
export function countriesRoutes(deps: ResolvedDeps) {
  return newRouter().openapi(list, async (c) => {
    const { lang, region, bloc } = c.req.valid('query');
    const blocs = await listBlocs(deps.db);
    const members = bloc === undefined ? undefined : blocs.find((b) => b.id === bloc)?.members.map((m) => m.country);
    if (bloc !== undefined && !members) {
      const near = suggest(bloc, blocs.map((b) => b.id));
      throw invalidFields([{ path: 'query.bloc', message: `no bloc has the id '${bloc}'${near ? `; did you mean '${near}'?` : ''} (the blocs: ${blocs.map((b) => b.id).join(', ')})` }]);
    }
    const countries = (await listCountries(deps.db))
      .filter((country) => (region === undefined || inRegion(country, region)) && (members === undefined || members.includes(country.code)));
    return c.json({ count: countries.length, items: countries.map((country) => presentCountry(country, blocs, lang)) }, 200);
  });
}
