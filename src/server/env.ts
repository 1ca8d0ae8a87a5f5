import type { RequestIdVariables } from 'hono/request-id';

/** What every handler and middleware of the app may read from the context. */
export interface AppEnv {
  Variables: RequestIdVariables;
}
