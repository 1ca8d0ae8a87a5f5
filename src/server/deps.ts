import type { Kysely } from 'kysely';
import { todayIso, type VariableDef } from '../domain/index.js';
import type { Database } from '../store/index.js';
import { catalogueCache, type CatalogueCache } from './catalogue-cache.js';
import { jsonLinesLogger, silentLogger, type Logger } from './logger.js';

/** How much one client may ask of the server. */
export interface Limits {
  /** Largest request body accepted, in bytes (larger ones get 413). */
  bodyBytes: number;
  /** `POST /api/check` calls allowed per client address and window (more get 429). */
  check: { limit: number; windowMs: number };
}

/** Generous for a person using the finder, tight enough to stop a script from hogging the engine. */
export const DEFAULT_LIMITS: Limits = { bodyBytes: 64 * 1024, check: { limit: 60, windowMs: 60_000 } };

/** What the HTTP app needs from the outside world; tests pass their own. */
export interface AppDeps {
  db: Kysely<Database>;
  variables: readonly VariableDef[];
  /** Folder of the built web app (index.html and assets); omitted in API-only tests. */
  webRoot?: string | undefined;
  /** Today's date, YYYY-MM-DD (injectable so tests do not depend on the calendar). */
  today?: (() => string) | undefined;
  /** Where request and error logs go. Default: JSON lines on stdout, silent under a test runner. */
  logger?: Logger | undefined;
  /** Body-size and rate limits; tests use tiny ones. */
  limits?: Partial<Limits> | undefined;
  /** The in-memory catalogue the read routes share; default: read from `db`, rechecked every 2 s. */
  catalogue?: CatalogueCache | undefined;
}

/** `AppDeps` with every default filled in: what the routes and middleware receive. */
export interface ResolvedDeps extends AppDeps {
  today: () => string;
  logger: Logger;
  limits: Limits;
  catalogue: CatalogueCache;
}

const DAY_MS = 86_400_000;

/**
 * Today's UTC date, worked out again only when a day has passed (read routes ask for it on every
 * request to key their caches).
 */
export function utcToday(clock: () => number = Date.now): () => string {
  let nextDay = Number.NEGATIVE_INFINITY;
  let today = '';
  return () => {
    const now = clock();
    if (now >= nextDay || now < nextDay - DAY_MS) {
      today = todayIso(new Date(now));
      nextDay = (Math.floor(now / DAY_MS) + 1) * DAY_MS;
    }
    return today;
  };
}

/** Fills in the defaults of `deps`. */
export function resolveDeps(deps: AppDeps): ResolvedDeps {
  return {
    ...deps,
    today: deps.today ?? utcToday(),
    // Vitest sets NODE_ENV=test: tests that build an app without a logger stay quiet.
    logger: deps.logger ?? (process.env.NODE_ENV === 'test' ? silentLogger : jsonLinesLogger()),
    limits: { ...DEFAULT_LIMITS, ...deps.limits },
    catalogue: deps.catalogue ?? catalogueCache(deps.db),
  };
}
