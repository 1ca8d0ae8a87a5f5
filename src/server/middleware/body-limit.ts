import type { MiddlewareHandler } from 'hono';
import { bodyLimit as honoBodyLimit } from 'hono/body-limit';
import { ApiError } from '../problem.js';

/**
 * Refuses a request body larger than `maxBytes` with 413 problem+json, before any of it is
 * parsed. A declared Content-Length decides at once (Node's HTTP parser never delivers more
 * bytes than it declares), and a GET or HEAD without one has no body; only a chunked body is
 * counted as it streams in. Hono's own limit reads the body on every request, which turns the
 * adapter's light request into a full web Request: half the server time of a read
 * (bench/README.md, bench:api).
 */
export function bodyLimit(maxBytes: number): MiddlewareHandler {
  const tooLarge = (): never => {
    throw new ApiError(413, 'payload_too_large', 'Payload too large', `The request body is larger than ${maxBytes} bytes.`);
  };
  const streamed = honoBodyLimit({ maxSize: maxBytes, onError: tooLarge });
  return (c, next) => {
    const length = c.req.header('content-length');
    const chunked = c.req.header('transfer-encoding') !== undefined;
    if (!chunked && length !== undefined) return Number(length) > maxBytes ? tooLarge() : next();
    if (!chunked && (c.req.method === 'GET' || c.req.method === 'HEAD')) return next();
    return streamed(c, next);
  };
}
