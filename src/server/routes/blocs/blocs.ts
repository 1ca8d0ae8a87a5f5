import { createRoute } from '@hono/zod-openapi';
import { localize } from '../../../domain/index.js';
import { listBlocs, listCountries } from '../../../store/index.js';
import type { ResolvedDeps } from '../../deps.js';
import { json, notModified, problems } from '../../openapi/responses.js';
import { newRouter } from '../../openapi/router.js';
import { presentBloc } from './present.js';
import { BlocList, ListBlocsQuery } from './schema.js';

const list = createRoute({
  method: 'get',
  path: '/blocs',
  tags: ['reference'],
  summary: 'The regional blocs (MERCOSUR, the Andean Community, CA-4, CARICOM, the OECS) and their members, sourced',
  description: 'Each member with its status (`member`, `associate`, `suspended`, `observer`), the date it took it when a source gives one, and the sources that state it. A handful of blocs: not paged.',
  request: { query: ListBlocsQuery },
  responses: { 200: json(BlocList, 'The blocs'), ...notModified, ...problems(400) },
});

/** GET /api/blocs. */
export function blocsRoutes(deps: ResolvedDeps) {
  return newRouter().openapi(list, async (c) => {
    const { lang, country } = c.req.valid('query');
    const names = new Map((await listCountries(deps.db)).map((k) => [k.code, localize(k.name, lang)]));
    const blocs = await listBlocs(deps.db, country);
    return c.json({ count: blocs.length, items: blocs.map((b) => presentBloc(b, lang, (code) => names.get(code) ?? code)) }, 200);
  });
}
