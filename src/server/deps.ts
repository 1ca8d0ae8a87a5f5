import type { Kysely } from 'kysely';
import type { VariableDef } from '../domain/index.js';
import type { Database } from '../store/index.js';

/** What the HTTP app needs from the outside world; tests pass their own. */
export interface AppDeps {
  db: Kysely<Database>;
  variables: readonly VariableDef[];
  /** Folder of the built web app (index.html and assets); omitted in API-only tests. */
  webRoot?: string | undefined;
  /** Today's date, YYYY-MM-DD (injectable so tests do not depend on the calendar). */
  today?: (() => string) | undefined;
}
