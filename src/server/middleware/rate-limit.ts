import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { rateLimiter, type RateLimitInfo } from 'hono-rate-limiter';
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
 * At most `limit` requests per client address in each window of `windowMs`; the next ones get
 * 429 problem+json with `Retry-After` (seconds) and the `RateLimit-*` headers. Counters live in
 * memory, per process.
 */
export function rateLimit({ limit, windowMs }: { limit: number; windowMs: number }): MiddlewareHandler {
  return rateLimiter({
    windowMs,
    limit,
    keyGenerator: clientAddress,
    handler: (c) => {
      const info = c.get('rateLimit') as RateLimitInfo | undefined;
      const seconds = info?.resetTime ? Math.max(1, Math.ceil((info.resetTime.getTime() - Date.now()) / 1000)) : Math.ceil(windowMs / 1000);
      const problem = new ApiError(429, 'rate_limited', 'Too many requests', `At most ${limit} requests every ${Math.ceil(windowMs / 1000)} s from one address; try again in ${seconds} s.`);
      return problemResponse(c, problem, { 'Retry-After': String(seconds) });
    },
  });
}
