import { useEffect } from 'preact/hooks';
import { ApiError } from '../api/client.js';
import type { MessageKey } from '../i18n/catalogue.js';
import { useI18n } from '../i18n/i18n.js';

/** The localised message for an error of an API call (or anything else thrown). */
export function errorMessageKey(error: unknown): MessageKey {
  if (!(error instanceof ApiError)) return 'error.unexpected';
  switch (error.failure) {
    case 'network': return 'error.network';
    case 'not_found': return 'error.not_found';
    case 'rate_limited': return 'error.rate_limited';
    case 'internal': return 'error.internal';
    case 'unexpected': return 'error.unexpected';
    default: return 'error.invalid_request';
  }
}

/** A polite "loading" for screen readers and a visible one for everyone. */
export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return <p role="status" class="status">{label ?? t('status.loading')}</p>;
}

/** An error, in the reader's language, with a way to try again when there is one. */
export function ErrorNotice({ error, retry }: { error: unknown; retry?: () => void }) {
  const { t } = useI18n();
  // The details are for developers; the reader gets the message.
  useEffect(() => { if (error !== undefined) console.error(error); }, [error]);
  return (
    <div role="alert" class="notice error">
      <p>{t(errorMessageKey(error))}</p>
      {retry ? <button type="button" onClick={retry}>{t('action.retry')}</button> : null}
    </div>
  );
}
