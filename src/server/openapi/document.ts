import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../env.js';
import { annotateDomainSchemas } from './domain-components.js';
import { json, notModified, problems } from './responses.js';

export const OPENAPI_PATH = '/api/openapi.json';

const INFO = {
  title: 'Vías API',
  version: '0.1.0',
  description: [
    'The regular migration pathways of the Americas: a sourced, dated catalogue and an eligibility engine.',
    'Every text is localised by `?lang=en|es|pt|fr`. Errors are RFC 9457 `application/problem+json` with a stable `code` and the failing field path.',
    'Reads carry an `ETag` (send `If-None-Match` for a 304) and `Cache-Control`; `POST /api/check` is rate-limited per address (429 + `Retry-After`).',
    'Vías is information, not legal advice: confirm with the official source linked on each pathway.',
  ].join('\n\n'),
  license: { name: 'Data CC BY 4.0, code MIT', url: 'https://creativecommons.org/licenses/by/4.0/' },
};

/** Enough of an OpenAPI 3.1 document to tell a client what it got; the rest is left open. */
const OpenApiDocument = z.looseObject({
  openapi: z.string().regex(/^3\.1\.\d+$/),
  info: z.looseObject({ title: z.string(), version: z.string() }),
  paths: z.record(z.string(), z.unknown()),
}).openapi('OpenApiDocument');

const route = createRoute({
  method: 'get',
  path: OPENAPI_PATH,
  tags: ['meta'],
  summary: 'This API, described in OpenAPI 3.1',
  responses: { 200: json(OpenApiDocument, 'The OpenAPI document'), ...notModified, ...problems() },
});

/**
 * Serves the OpenAPI 3.1 document of every route registered on `app` (generated once, on the
 * first request, from the zod schemas that validate the requests).
 */
export function registerOpenApiDocument(app: OpenAPIHono<AppEnv>): void {
  let document: ReturnType<typeof app.getOpenAPI31Document> | undefined;
  app.openapi(route, (c) => {
    annotateDomainSchemas();
    document ??= app.getOpenAPI31Document({ openapi: '3.1.0', info: INFO, tags: TAGS });
    return c.json(document as z.infer<typeof OpenApiDocument>, 200);
  });
}

const TAGS = [
  { name: 'pathways', description: 'The catalogue of regular pathways' },
  { name: 'eligibility', description: 'Who may use which pathway on a date, and why' },
  { name: 'meta', description: 'Health and this description' },
];
