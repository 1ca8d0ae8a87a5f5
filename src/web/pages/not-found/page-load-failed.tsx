import { useI18n } from '../../i18n/i18n.js';
import { useTitle } from '../../ui/use-title.js';

/** Shown in place of a page whose code could not be downloaded. */
export function PageLoadFailed() {
  const { t } = useI18n();
  useTitle(t('pageLoadFailed.title'));
  return (
    <section class="page narrow" role="alert">
      <h1>{t('pageLoadFailed.title')}</h1>
      <p>{t('pageLoadFailed.body')}</p>
      <button type="button" onClick={() => location.reload()}>{t('action.reload')}</button>
    </section>
  );
}
