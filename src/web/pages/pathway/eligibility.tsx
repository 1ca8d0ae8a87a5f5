import type { PathwayDetail } from '../../api/contract.js';
import { useI18n } from '../../i18n/i18n.js';
import { localToday } from '../../ui/dates.js';
import { Cites, Text } from './facts.js';
import { arrangeVersions, type VersionStanding } from './versions.js';

type Version = PathwayDetail['record']['eligibility'][number];

/** When a version of the rules applies, in words: "From 1 March 2021 to 28 May 2022". */
export function Period({ version }: { version: Pick<Version, 'valid_from' | 'valid_to'> }) {
  const { t, date } = useI18n();
  const from = date(version.valid_from);
  return <>{version.valid_to === null ? t('pathway.period.open', { from }) : t('pathway.period.closed', { from, to: date(version.valid_to) })}</>;
}

/** One version of the rules: its dates, its note, and its criteria in words (never JsonLogic). */
function VersionRules({ version, standing, heading: Heading }: { version: Version; standing?: VersionStanding; heading: 'h3' | 'h4' }) {
  const { t } = useI18n();
  return (
    <div class="rules" data-version={version.valid_from} data-standing={standing}>
      <Heading>
        {standing ? <>{t(`pathway.eligibility.${standing}`)}: </> : null}
        <Period version={version} />
      </Heading>
      {version.note ? <p class="version-note"><Text value={version.note} /></p> : null}
      {version.rules_known ? (
        <>
          <p>{t('pathway.eligibility.intro')}</p>
          <ul class="criteria">
            {version.criteria.map((c) => <li key={c.id} data-criterion={c.id}><Text value={c.label} /> <Cites ids={c.sources} /></li>)}
          </ul>
        </>
      ) : <p class="rules-unknown">{t('pathway.eligibility.rulesUnknown')}</p>}
    </div>
  );
}

/**
 * Who qualifies: the rules in force today (or, when none is, the newest), then every other
 * dated version of the rules one click away.
 */
export function Eligibility({ versions }: { versions: readonly Version[] }) {
  const { t } = useI18n();
  const { main, standing, others } = arrangeVersions(versions, localToday());
  return (
    <section aria-labelledby="eligibility-title">
      <h2 id="eligibility-title">{t('pathway.eligibility.title')}</h2>
      <VersionRules version={main} standing={standing} heading="h3" />
      {others.length > 0 ? (
        <details class="other-versions">
          <summary>{t('pathway.eligibility.others', { count: others.length })}</summary>
          {others.map((v) => <VersionRules key={v.valid_from} version={v} heading="h4" />)}
        </details>
      ) : null}
    </section>
  );
}
