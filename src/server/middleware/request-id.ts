import type { MiddlewareHandler } from 'hono';
import { requestId as honoRequestId } from 'hono/request-id';

/**
 * Gives every request an id, answered in `X-Request-Id` and written in its log line. A client's
 * own id is echoed when it is sane (at most 64 letters, digits, `-`, `_` or `=`), so a caller can
 * match our logs to theirs; anything else is replaced by a fresh UUID.
 */
export function requestId(): MiddlewareHandler {
  return honoRequestId({ headerName: 'X-Request-Id', limitLength: 64 });
}
