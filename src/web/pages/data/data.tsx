import changelog from '../../../../data/CHANGELOG.md?raw';
import { API_DOCS, DOWNLOADS } from '../../api/downloads.js';
import type { MessageKey } from '../../i18n/catalogue.js';
import { useI18n } from '../../i18n/i18n.js';
import { useTitle } from '../../ui/use-title.js';
import { Changelog, latestVersion } from './changelog.js';

const version = latestVersion(changelog) ?? '0.1.0';

function Downloads() {
  const { t } = useI18n();
  return (
    <section aria-labelledby="downloads-title">
      <h2 id="downloads-title">{t('data.downloads.title')}</h2>
      <p>{t('data.downloads.intro')}</p>
      <ul class="downloads">
        {DOWNLOADS.map((d) => (
          <li key={d.id} data-download={d.id}>
            <a href={d.href} download>{t(`data.download.${d.id}` as MessageKey)}</a> <span class="format">{d.format}</span>
            <p>{t(`data.download.${d.id}.description` as MessageKey)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Api() {
  const { t, rich } = useI18n();
  const example = '/api/pathways?lang=es&destination=CO&open_on=2024-06-01';
  return (
    <section aria-labelledby="api-title">
      <h2 id="api-title">{t('data.api.title')}</h2>
      <p>{t('data.api.intro')}</p>
      <ul>
        <li><a href={API_DOCS.reference}>{t('data.api.reference')}</a></li>
        <li><a href={API_DOCS.openapi}>{t('data.api.openapi')}</a></li>
      </ul>
      <p>{rich('data.api.example', { code: (parts) => <code>{parts}</code> })}</p>
      <pre><code><a href={example}>{`GET ${example}`}</a></code></pre>
    </section>
  );
}

function Citation() {
  const { t } = useI18n();
  const year = new Date().getFullYear();
  const url = `${location.origin}/`;
  return (
    <section aria-labelledby="cite-title">
      <h2 id="cite-title">{t('data.cite.title')}</h2>
      <p>{t('data.cite.intro')}</p>
      <blockquote class="citation"><p>{t('data.cite.text', { year, version, url })}</p></blockquote>
      <p>{t('data.cite.sources')}</p>
    </section>
  );
}

function Licence() {
  const { t, rich } = useI18n();
  const cc = (parts: (string | preact.JSX.Element)[]) => <a href="https://creativecommons.org/licenses/by/4.0/" rel="license">{parts}</a>;
  return (
    <section aria-labelledby="licence-title">
      <h2 id="licence-title">{t('data.licence.title')}</h2>
      <ul>
        <li>{rich('data.licence.catalogue', { cc })}</li>
        <li>{t('data.licence.statistics')}</li>
        <li>{t('data.licence.countries')}</li>
        <li>{t('data.licence.code')}</li>
      </ul>
    </section>
  );
}

/** Data & API: the downloads, the API, how to cite and reuse, and what changed in each release. */
export default function DataPage() {
  const { t } = useI18n();
  useTitle(t('data.title'));
  return (
    <div class="page data">
      <h1>{t('data.title')}</h1>
      <p class="lead">{t('data.lead')}</p>
      <Downloads />
      <Api />
      <Citation />
      <Licence />
      <section aria-labelledby="changelog-title">
        <h2 id="changelog-title">{t('data.changelog.title')}</h2>
        <p>{t('data.changelog.intro')} <a href={API_DOCS.changes} type="application/atom+xml">{t('data.changelog.feed')}</a></p>
        <Changelog markdown={changelog} headingLevel={3} />
      </section>
    </div>
  );
}
