import type { PathwayDetail } from '../../api/contract.js';
import { useI18n } from '../../i18n/i18n.js';

/** The pathway's known limitations, in words. */
export function Limitations({ limitations }: { limitations: PathwayDetail['record']['limitations'] }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="limitations-title">
      <h2 id="limitations-title">{t('pathway.limitations.title')}</h2>
      {limitations.length === 0 ? <p>{t('pathway.limitations.none')}</p> : (
        <ul class="limitations">
          {limitations.map((l) => <li key={l} data-limitation={l}>{t(`pathway.limitation.${l}`)}</li>)}
        </ul>
      )}
    </section>
  );
}
