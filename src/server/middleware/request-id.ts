import type { MiddlewareHandler } from 'hono';

/** What a client's own id may look like to be echoed: at most 64 letters, digits, `-`, `_`, `=`. */
const SANE_ID = /^[\w=-]{1,64}$/;

/**
 * Gives every request an id, answered in `X-Request-Id` and written in its log line
 * (`c.get('requestId')`). A client's own id is echoed when it is sane, so a caller can match our
 * logs to theirs; anything else is replaced by a fresh UUID. The header is set on the answer
 * after it is made (errors included), not prepared before the route runs: a prepared header
 * makes Hono copy every answer's headers once more.
 */
export function requestId(): MiddlewareHandler {
  return async (c, next) => {
    const sent = c.req.header('X-Request-Id');
    const id = sent !== undefined && SANE_ID.test(sent) ? sent : crypto.randomUUID();
    c.set('requestId', id);
    await next();
    c.res.headers.set('X-Request-Id', id);
  };
}
