/**
 * How the service worker answers a request:
 * - `shell`: a page of the app (`/es/finder`, or `/`): the network, else the cached index.html, so
 *   the app opens offline;
 * - `immutable`: a hashed asset (or the favicon): the cache, else the network (then cached);
 * - `data`: the finder's data: the cached copy at once while a fresh one is fetched for next
 *   time (stale-while-revalidate; the data says the day it was made);
 * - `network`: anything else (the API, other origins), left to the browser untouched.
 */
export type Strategy = 'shell' | 'immutable' | 'data' | 'network';

/** Where the finder's data lives: one URL per language (`?lang=es`). */
export const FINDER_DATA_PATH = '/api/finder-data';
/** The cache key of the app shell: every page of the app is this one file. */
export const SHELL_KEY = '/index.html';
/** Cache names start with this, then the build's version. */
export const CACHE_PREFIX = 'vias-';

/** The app's pages: `/` (the app sends it on to the reader's language) and everything under a language. */
const APP_PAGE = /^\/((en|es|pt|fr)(\/|$)|$)/;

/**
 * The strategy for a GET request of `url`, made with `mode`, from a worker at `origin`.
 *
 * @example strategyFor(new URL('https://vias.example/es/finder'), 'navigate', 'https://vias.example') // 'shell'
 */
export function strategyFor(url: URL, mode: RequestMode, origin: string): Strategy {
  if (url.origin !== origin) return 'network';
  if (mode === 'navigate') return APP_PAGE.test(url.pathname) ? 'shell' : 'network';
  if (url.pathname.startsWith('/assets/') || url.pathname === '/favicon.svg') return 'immutable';
  if (url.pathname === FINDER_DATA_PATH) return 'data';
  return 'network';
}

/** Messages the page posts to the worker. */
export interface KeepMessage {
  type: 'keep';
  /** Same-origin URLs (the finder's data) to keep for offline use. */
  urls: string[];
}

export function isKeepMessage(value: unknown): value is KeepMessage {
  return typeof value === 'object' && value !== null && (value as KeepMessage).type === 'keep' && Array.isArray((value as KeepMessage).urls);
}
