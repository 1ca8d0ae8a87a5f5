import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../env.js';
import { invalidRequest, type RequestPart } from '../problem.js';

/** Hono's validation targets, named as our error paths name them. */
const PARTS: Record<string, RequestPart> = { query: 'query', param: 'path', json: 'body' };

/**
 * A router for documented routes: `router.openapi(createRoute({...}), handler)` validates the
 * request with the route's zod schemas and answers a failure as 400 problem+json naming each
 * field (`query.destination`, `path.id`, `body.profile`).
 *
 * @example export function fooRoutes(deps: ResolvedDeps) { return newRouter().openapi(route, handler); }
 */
export function newRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw invalidRequest(result.error, PARTS[result.target] ?? 'body');
    },
  });
}
