import { Component, type ComponentChildren, type ComponentType } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import lazy from 'preact-iso/lazy';
import { LocationProvider, Route, Router, useLocation } from 'preact-iso/router';
import type { Messages } from './i18n/catalogue.js';
import { I18nProvider } from './i18n/i18n.js';
import { browserLang, langHref, LANGS, splitLangPath, type Lang } from './i18n/lang.js';
import { PageLoadFailed } from './pages/not-found/page-load-failed.js';
import { NotFound } from './pages/not-found/not-found.js';
import { PAGES } from './routes.js';
import { Layout, MAIN_ID } from './ui/layout.js';
import { ErrorNotice } from './ui/status.js';

// Each page is its own chunk. A chunk that fails to download (offline, a new release replaced
// it) renders an explanation with a way to reload instead of leaving the old page up forever.
const ROUTES = PAGES.map((page) => ({
  ...page,
  Component: lazy(() => page.load().catch((error: unknown): { default: ComponentType } => {
    console.error(error);
    return { default: PageLoadFailed };
  })),
}));

/** Shows a localised error instead of a blank page when a page throws while rendering. */
class PageErrorBoundary extends Component<{ children: ComponentChildren; resetKey: string }, { error: unknown }> {
  override state: { error: unknown } = { error: undefined };
  override componentDidCatch(error: unknown) { this.setState({ error }); }
  override componentDidUpdate(previous: { resetKey: string }) {
    if (previous.resetKey !== this.props.resetKey && this.state.error !== undefined) this.setState({ error: undefined });
  }
  render() { return this.state.error === undefined ? this.props.children : <ErrorNotice error={this.state.error} />; }
}

/** Moves focus to the main landmark when the page (not merely its query or language) changes. */
function useFocusOnPageChange(page: string) {
  const previous = useRef(page);
  useEffect(() => {
    if (previous.current === page) return;
    previous.current = page;
    document.getElementById(MAIN_ID)?.focus({ preventScroll: true });
  }, [page]);
}

function Site({ initial }: { initial: { lang: Lang; messages: Messages } }) {
  const { path, url, route } = useLocation();
  const { lang, rest } = splitLangPath(path);
  // A path without a language (an old link, a hand-typed URL) gets the browser's language.
  useEffect(() => {
    if (!lang) route(langHref(browserLang(navigator.languages), url), true);
  }, [lang, url]);
  useFocusOnPageChange(rest);
  if (!lang) return null;
  return (
    <I18nProvider lang={lang} initial={initial}>
      <Layout>
        <PageErrorBoundary resetKey={path}>
          <Router>
            {[
              ...ROUTES.map((r) => <Route key={r.id} path={r.path === '/' ? '/:lang' : `/:lang${r.path}`} component={r.Component} />),
              <Route key="not-found" default component={NotFound} />,
            ]}
          </Router>
        </PageErrorBoundary>
      </Layout>
    </I18nProvider>
  );
}

/**
 * The links the client-side router takes over: the app's own, under a language prefix. Others
 * (`/api/docs`, an export, the Atom feed) are left to the browser, which loads them from the server.
 */
const APP_LINKS = new RegExp(`^/(${LANGS.join('|')})(/|\\?|$)`);

/** The whole web app: the router over the language-prefixed pages, in their layout. */
export function App({ initial }: { initial: { lang: Lang; messages: Messages } }) {
  return (
    <LocationProvider scope={APP_LINKS}>
      <Site initial={initial} />
    </LocationProvider>
  );
}
