import type { PathwayDetail } from '../../api/contract.js';
import { useI18n } from '../../i18n/i18n.js';
import { parseDuration } from './duration.js';
import { Fact, Row, YesNo } from './facts.js';

type Record = PathwayDetail['record'];
const RIGHTS = ['work', 'family', 'health', 'education'] as const;

/** An ISO duration in words ("1 year and 6 months"); the raw text if it cannot be read. */
function Duration({ iso }: { iso: string }) {
  const { t, list } = useI18n();
  const parts = parseDuration(iso);
  if (!parts) return <>{iso}</>;
  const words = [
    parts.years ? t('pathway.duration.years', { n: parts.years }) : '',
    parts.months ? t('pathway.duration.months', { n: parts.months }) : '',
    parts.weeks ? t('pathway.duration.weeks', { n: parts.weeks }) : '',
    parts.days ? t('pathway.duration.days', { n: parts.days }) : '',
  ].filter(Boolean);
  return <>{list(words)}</>;
}

/** What the pathway grants: status, how long, renewal, permanence and rights, each sourced. */
export function Grants({ record }: { record: Record }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="grants-title">
      <h2 id="grants-title">{t('pathway.grants.title')}</h2>
      <dl class="facts">
        <Row term={t('pathway.grants.status')} name="status_granted">
          <Fact fact={record.status_granted} render={(v) => t(v === 'permanent' ? 'pathway.status.permanent' : 'pathway.status.temporary')} />
        </Row>
        <Row term={t('pathway.grants.duration')} name="duration"><Fact fact={record.duration} render={(v) => <Duration iso={v} />} /></Row>
        <Row term={t('pathway.grants.renewable')} name="renewable"><YesNo fact={record.renewable} /></Row>
        <Row term={t('pathway.grants.permanence')} name="path_to_permanence"><YesNo fact={record.path_to_permanence} /></Row>
        {RIGHTS.map((right) => (
          <Row key={right} term={t(`pathway.rights.${right}`)} name={`rights.${right}`}><YesNo fact={record.rights[right]} /></Row>
        ))}
      </dl>
    </section>
  );
}
