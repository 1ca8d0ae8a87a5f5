import { useI18n } from '../../i18n/i18n.js';
import { pageHref } from '../../routes.js';

/** The page of an id the catalogue does not have: said plainly, with the way to the explorer. */
export function NoSuchPathway({ id }: { id: string }) {
  const { t, lang } = useI18n();
  return (
    <section class="page narrow" data-page="no-such-pathway">
      <h1>{t('pathway.notFound.title')}</h1>
      <p>{t('pathway.notFound.body', { id })}</p>
      <p><a href={pageHref(lang, '/explorer')}>{t('pathway.notFound.explorer')}</a></p>
    </section>
  );
}
