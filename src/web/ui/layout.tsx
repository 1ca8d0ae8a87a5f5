import type { ComponentChildren } from 'preact';
import { useLocation } from 'preact-iso/router';
import { useI18n } from '../i18n/i18n.js';
import { LANG_NAMES, LANGS, splitLangPath, switchLang } from '../i18n/lang.js';
import { pageHref, PAGES } from '../routes.js';

/** The id of the main landmark: the skip link's target, and where focus goes on navigation. */
export const MAIN_ID = 'main';

function SiteNav() {
  const { t, lang } = useI18n();
  const { path } = useLocation();
  const { rest } = splitLangPath(path);
  return (
    <nav aria-label={t('nav.label')} class="site-nav">
      <ul>
        {PAGES.filter((p) => p.nav).map((p) => {
          const current = p.path === '/' ? rest === '/' : rest === p.path || rest.startsWith(`${p.path}/`);
          return (
            <li key={p.id}>
              <a href={pageHref(lang, p.path)} aria-current={current ? 'page' : undefined}>{p.nav ? t(p.nav) : p.id}</a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/** Links to this very page and state in the other languages, each named in its own language. */
function LangSwitch() {
  const { t, lang } = useI18n();
  const { url } = useLocation();
  return (
    <nav aria-label={t('lang.label')} class="lang-switch">
      <ul>
        {LANGS.map((l) => (
          <li key={l}>
            <a href={switchLang(url, l)} hreflang={l} lang={l} aria-current={l === lang ? 'true' : undefined}>
              {LANG_NAMES[l]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Footer() {
  const { t, lang, rich } = useI18n();
  return (
    <footer class="site-footer">
      <p>{t('footer.disclaimer')}</p>
      <p>
        {rich('footer.licence', {
          licence: (parts) => <a href="https://creativecommons.org/licenses/by/4.0/" rel="license">{parts}</a>,
          cite: (parts) => <a href={pageHref(lang, '/data')}>{parts}</a>,
        })}
      </p>
    </footer>
  );
}

/** Every page's frame: skip link, header (brand, site navigation, languages), main, footer. */
export function Layout({ children }: { children: ComponentChildren }) {
  const { t, lang } = useI18n();
  return (
    <>
      <a class="skip-link" href={`#${MAIN_ID}`}>{t('skip')}</a>
      <header class="site-header">
        <a class="brand" href={pageHref(lang, '/')}>
          Vías <span class="tagline">{t('brand.tagline')}</span>
        </a>
        <SiteNav />
        <LangSwitch />
      </header>
      <main id={MAIN_ID} tabIndex={-1}>{children}</main>
      <Footer />
    </>
  );
}
