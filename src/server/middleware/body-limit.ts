import type { MiddlewareHandler } from 'hono';
import { bodyLimit as honoBodyLimit } from 'hono/body-limit';
import { ApiError } from '../problem.js';

/**
 * Refuses a request body larger than `maxBytes` with 413 problem+json, before any of it is
 * parsed; a body without Content-Length is counted as it streams in.
 */
export function bodyLimit(maxBytes: number): MiddlewareHandler {
  return honoBodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new ApiError(413, 'payload_too_large', 'Payload too large', `The request body is larger than ${maxBytes} bytes.`);
    },
  });
}
