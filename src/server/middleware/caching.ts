import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';
import { etag, RETAINED_304_HEADERS } from 'hono/etag';
import type { CatalogueCache } from '../catalogue-cache.js';
import { compressible, negotiatedEncoding, varyOnEncoding } from './compression.js';

/** Reads may be cached this long (seconds) unless the route says otherwise. */
const READ_MAX_AGE = 300;

/**
 * `ETag` on every successful read, answering `If-None-Match` with 304, and `Cache-Control:
 * public, max-age=300` unless the route set its own (health and POST /check say `no-store`).
 * The ETag is weak because compression changes the bytes but not the meaning (RFC 9110 §8.8.1).
 */
export function readCaching(): MiddlewareHandler[] {
  const cacheControl: MiddlewareHandler = async (c, next) => {
    await next();
    if ((c.req.method === 'GET' || c.req.method === 'HEAD') && c.res.ok && !c.res.headers.has('Cache-Control')) {
      c.res.headers.set('Cache-Control', `public, max-age=${READ_MAX_AGE}`);
    }
  };
  // A 304 keeps the headers a client needs to match it to its request and its cached copy.
  const retainedHeaders = [...RETAINED_304_HEADERS, 'x-request-id', 'access-control-allow-origin', 'access-control-expose-headers'];
  return [etag({ weak: true, retainedHeaders }), cacheControl];
}

/** How much the representation cache may hold. */
export interface RepresentationLimits {
  entries: number;
  /** Bytes of bodies, plain and gzipped. */
  bytes: number;
}

const DEFAULT_REPRESENTATION_LIMITS: RepresentationLimits = { entries: 1_000, bytes: 32 * 1024 * 1024 };

/** One cached answer: its body, its own headers, its ETag and, once asked for, its gzip. */
interface Representation {
  body: Uint8Array<ArrayBuffer>;
  headers: [string, string][];
  etag: string;
  gzip?: Uint8Array<ArrayBuffer>;
}

const gzipAsync = promisify(gzip);

/**
 * Keeps the answers of GET requests under `prefixes` in memory, keyed by the catalogue's content
 * hash, today's date and the request target (path and query), and answers a repeated request
 * from memory without running its route: the body, the route's own headers, a weak ETag (the
 * SHA-1 of the body, so `readCaching` does not hash it again) and the gzip of the body for a
 * client that prefers gzip. Only for routes whose answer depends on nothing else — not on headers, the
 * statistics or the database. Only a 200 that set no `Cache-Control`, `Vary`, `Set-Cookie` or
 * `Content-Encoding` of its own is kept; a new catalogue load or a new day starts afresh, and the
 * oldest answers go first when the limits are reached.
 *
 * Why (bench/api, issue 5): a catalogue read was recomputed, serialised and hashed for its ETag
 * on every request, through a cloned web stream; that was most of GET /api/pathways's cost.
 *
 * @example app.use('/api/*', representationCache(deps, ['/api/pathways', '/api/variables']));
 */
export function representationCache(
  deps: { catalogue: CatalogueCache; today: () => string },
  prefixes: readonly string[],
  limits: RepresentationLimits = DEFAULT_REPRESENTATION_LIMITS,
): MiddlewareHandler {
  const cached = new Map<string, Representation>();
  let generation = '';
  let bytes = 0;
  const applies = (path: string) => prefixes.some((p) => path === p || path.startsWith(`${p}/`));

  const keep = (key: string, entry: Representation) => {
    if (cached.has(key) || entry.body.byteLength > limits.bytes / 8) return;
    cached.set(key, entry);
    bytes += entry.body.byteLength;
    for (const [oldest, old] of cached) {
      if (cached.size <= limits.entries && bytes <= limits.bytes) break;
      cached.delete(oldest);
      bytes -= old.body.byteLength + (old.gzip?.byteLength ?? 0);
    }
  };

  return async (c, next) => {
    if (c.req.method !== 'GET' || !applies(c.req.path)) return next();
    let snapshot;
    try {
      snapshot = await deps.catalogue.current();
    } catch {
      return next(); // the route meets the same failure and answers it as it always has
    }
    const current = `${snapshot.hash}\n${deps.today()}`;
    if (current !== generation) {
      cached.clear();
      bytes = 0;
      generation = current;
    }
    const url = c.req.url;
    const key = url.slice(url.indexOf('/', url.indexOf('//') + 2));
    // What the outer middleware set before the route ran (request id, CORS): per request, not kept.
    const inherited = new Set(c.res.headers.keys());
    let entry = cached.get(key);
    if (!entry) {
      await next();
      entry = await representationOf(c.res, inherited);
      if (!entry) return;
      keep(key, entry);
    }
    const headers = new Headers(c.res.headers);
    for (const [name, value] of entry.headers) headers.set(name, value);
    headers.set('ETag', entry.etag);
    let body = entry.body;
    // As compression() would answer (it leaves an answer already encoded alone).
    if (negotiatedEncoding(c.req.header('Accept-Encoding')) === 'gzip' && compressible(headers)) {
      if (!entry.gzip) {
        entry.gzip = new Uint8Array(await gzipAsync(entry.body));
        if (cached.get(key) === entry) bytes += entry.gzip.byteLength;
      }
      body = entry.gzip;
      varyOnEncoding(headers);
      headers.set('Content-Encoding', 'gzip');
    }
    // Cleared first, so that Hono does not rebuild the answer through its body to copy headers
    // (it would become a streamed web Response): `headers` has them already.
    c.res = undefined;
    c.res = new Response(body, { status: 200, headers });
  };
}

/** The answer as it may be kept, or undefined when it may not be. */
async function representationOf(res: Response, inherited: ReadonlySet<string>): Promise<Representation | undefined> {
  const own = [...res.headers].filter(([name]) => !inherited.has(name));
  const refused = ['cache-control', 'vary', 'set-cookie', 'content-encoding', 'etag'];
  if (res.status !== 200 || own.some(([name]) => refused.includes(name))) return undefined;
  const body = new Uint8Array(await res.arrayBuffer());
  const etag = `W/"${createHash('sha1').update(body).digest('hex')}"`;
  return { body, headers: own, etag };
}
