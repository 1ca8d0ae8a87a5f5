import type { Problem, ProblemCode } from './contract.js';

/**
 * Why a call to the API failed, in terms the interface can put into words: `network` (no
 * answer at all), a problem `code` of the API, or `unexpected` (an answer that is not ours).
 */
export type ApiFailure = ProblemCode | 'network' | 'unexpected';

/** A failed API call: `failure` picks the localised message, `detail` is for the console. */
export class ApiError extends Error {
  constructor(readonly failure: ApiFailure, readonly status: number, readonly detail: string) {
    super(detail);
    this.name = 'ApiError';
  }
}

/** Query values as the API takes them: lists are sent comma-separated, undefined left out. */
export type QueryValues = Record<string, string | number | boolean | readonly string[] | null | undefined>;

/** `?a=1&b=x,y` from `values`, keys in the given order, empty values and empty lists left out. */
export function queryString(values: QueryValues): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) {
      if (value.length > 0) params.set(key, value.join(','));
    } else params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

function isProblem(body: unknown): body is Problem {
  return typeof body === 'object' && body !== null && typeof (body as Problem).code === 'string';
}

/**
 * GET `path` (under /api) and parse its JSON as `T`, the type the route's schema promises.
 * Throws `ApiError`: `network` when nothing answered, the problem's `code` on an API error.
 *
 * @example const page = await getJson<PathwayList>('/api/pathways', { lang: 'es', type: ['parole'] });
 */
export async function getJson<T>(path: string, query: QueryValues = {}, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path + queryString(query), { signal: signal ?? null, headers: { accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError('network', 0, `GET ${path}: ${String(error)}`);
  }
  const body: unknown = await res.json().catch(() => undefined);
  if (res.ok && body !== undefined) return body as T;
  if (isProblem(body)) throw new ApiError(body.code, res.status, `GET ${path}: ${body.detail}`);
  throw new ApiError('unexpected', res.status, `GET ${path} answered ${res.status} without a problem`);
}
