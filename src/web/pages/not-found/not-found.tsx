import { useI18n } from '../../i18n/i18n.js';
import { pageHref } from '../../routes.js';
import { useTitle } from '../../ui/use-title.js';

/** Any path of the app that is no page. */
export function NotFound() {
  const { t, lang } = useI18n();
  useTitle(t('notFound.title'));
  return (
    <section class="page narrow">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p><a href={pageHref(lang, '/')}>{t('notFound.home')}</a></p>
    </section>
  );
}
