import type { ComponentType } from 'preact';
import type { MessageKey } from './i18n/catalogue.js';
import type { Lang } from './i18n/lang.js';

/** A page of the site: where it lives (after the language prefix), and its lazily loaded module. */
export interface PageDef {
  id: string;
  /** The path after `/<lang>`, in preact-iso's pattern syntax (`/pathways/:id`). */
  path: string;
  /** The page's own chunk: only the pages a reader opens are downloaded. */
  load: () => Promise<{ default: ComponentType }>;
  /** Shown in the site navigation under this label; pages reached from others have none. */
  nav?: MessageKey;
}

/**
 * Every page of the web app, in navigation order. Adding a page: a folder under `pages/`
 * whose module's default export is the page component, and one line here (see README.md).
 */
export const PAGES: readonly PageDef[] = [
  { id: 'home', path: '/', load: () => import('./pages/home/home.js'), nav: 'nav.home' },
  { id: 'explorer', path: '/explorer', load: () => import('./pages/explorer/explorer.js'), nav: 'nav.explorer' },
  { id: 'pathway', path: '/pathways/:id', load: () => import('./pages/pathway/pathway.js') },
  { id: 'compare', path: '/compare', load: () => import('./pages/compare/compare.js') },
  { id: 'finder', path: '/finder', load: () => import('./pages/finder/finder.js'), nav: 'nav.finder' },
  { id: 'statistics', path: '/statistics', load: () => import('./pages/statistics/statistics.js'), nav: 'nav.statistics' },
  { id: 'map', path: '/map', load: () => import('./pages/map/map.js'), nav: 'nav.map' },
  { id: 'coverage', path: '/coverage', load: () => import('./pages/coverage/coverage.js'), nav: 'nav.coverage' },
  { id: 'data', path: '/data', load: () => import('./pages/data/data.js'), nav: 'nav.data' },
];

/** The href of page `id`'s path in `lang`, e.g. `pageHref('es', '/data')` → `/es/data`. */
export function pageHref(lang: Lang, path: string, query?: string): string {
  return `/${lang}${path === '/' ? '/' : path}${query ? `?${query}` : ''}`;
}
