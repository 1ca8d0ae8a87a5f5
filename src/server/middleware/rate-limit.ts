import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { ApiError, problemResponse } from '../problem.js';

/**
 * The client's address, from the socket (never from X-Forwarded-For, which anyone can write).
 * In-process requests (`app.request()` in tests) have no socket and share one bucket.
 */
export function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'in-process';
  }
}

/**
 * At most `limit` requests per client address in each window of `windowMs` (fixed windows, the
 * same for every client); the next ones get 429 problem+json with `Retry-After` (seconds). Every
 * answer says where the client stands in `RateLimit-Limit`, `RateLimit-Remaining` and
 * `RateLimit-Reset` (seconds; IETF draft 6). Counters live in memory, per process, and are all
 * dropped when a window ends, so memory holds at most one window's addresses.
 *
 * Why not hono-rate-limiter: its store and header code were a tenth of a POST /api/check's cost
 * (bench/api), for a counter in a Map.
 */
export function rateLimit({ limit, windowMs }: { limit: number; windowMs: number }, clock: () => number = Date.now): MiddlewareHandler {
  let window = Number.NaN;
  let counts = new Map<string, number>();
  const windowSeconds = Math.ceil(windowMs / 1000);
  return async (c, next) => {
    const now = clock();
    const current = Math.floor(now / windowMs);
    if (current !== window) {
      window = current;
      counts = new Map();
    }
    const address = clientAddress(c);
    const count = (counts.get(address) ?? 0) + 1;
    counts.set(address, count);
    const reset = String(Math.max(1, Math.ceil(((current + 1) * windowMs - now) / 1000)));
    if (count > limit) {
      const problem = new ApiError(429, 'rate_limited', 'Too many requests', `At most ${limit} requests every ${windowSeconds} s from one address; try again in ${reset} s.`);
      return problemResponse(c, problem, { 'Retry-After': reset, 'RateLimit-Limit': String(limit), 'RateLimit-Remaining': '0', 'RateLimit-Reset': reset });
    }
    await next();
    const headers = c.res.headers;
    headers.set('RateLimit-Limit', String(limit));
    headers.set('RateLimit-Remaining', String(limit - count));
    headers.set('RateLimit-Reset', reset);
  };
}
