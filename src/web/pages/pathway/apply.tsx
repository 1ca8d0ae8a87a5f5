import type { PathwayDetail } from '../../api/contract.js';
import { useI18n } from '../../i18n/i18n.js';
import { Cites, Fact, NotKnown, Row, Text, YesNo } from './facts.js';

type Record = PathwayDetail['record'];

/** Labels listed in a sentence keep their capital only first: "Online and in person". */
const sentenceCase = (label: string, index: number, lang: string) =>
  (index === 0 ? label : label.charAt(0).toLocaleLowerCase(lang) + label.slice(1));

/** "This procedure is free", and a warning against those who charge for it anyway. */
function FreeNotice() {
  const { t } = useI18n();
  return (
    <div class="notice free" data-notice="free">
      <p><strong>{t('pathway.free.title')}</strong></p>
      <p>{t('pathway.free.body')}</p>
      <p class="scam">{t('pathway.scam')}</p>
    </div>
  );
}

/** How and where to apply: channels, the official link, fees, places and documents, each sourced. */
export function Apply({ record }: { record: Record }) {
  const { t, lang, number, list } = useI18n();
  const { application: a } = record;
  return (
    <section aria-labelledby="apply-title">
      <h2 id="apply-title">{t('pathway.apply.title')}</h2>
      {a.free_of_charge.value === true ? <FreeNotice /> : null}
      <dl class="facts">
        <Row term={t('pathway.apply.channels')} name="channels">
          <Fact fact={a.channels} render={(channels) => list(channels.map((c, i) => sentenceCase(t(`pathway.channel.${c}`), i, lang)))} />
        </Row>
        <Row term={t('pathway.apply.official')} name="official_url">
          <Fact fact={a.official_url} render={(url) => <a href={url} rel="noopener noreferrer" class="official-link">{url}</a>} />
        </Row>
        <Row term={t('pathway.apply.free')} name="free_of_charge"><YesNo fact={a.free_of_charge} /></Row>
        <Row term={t('pathway.apply.fees')} name="fees">
          <Fact fact={a.fees} render={(fees) => (fees.length === 0 ? t('pathway.apply.noFees') : (
            <ul class="fees">
              {fees.map((fee, i) => (
                <li key={i}><Text value={fee.label} />: {number(fee.amount, { style: 'currency', currency: fee.currency })}</li>
              ))}
            </ul>
          ))} />
        </Row>
        <Row term={t('pathway.apply.cap')} name="cap"><Fact fact={a.cap} render={(cap) => number(cap)} /></Row>
        <Row term={t('pathway.apply.documents')} name="documents">
          {record.required_documents.length === 0 ? <NotKnown /> : (
            <ul class="documents">
              {record.required_documents.map((d) => <li key={d.id}><Text value={d.label} /> <Cites ids={d.sources} /></li>)}
            </ul>
          )}
        </Row>
      </dl>
    </section>
  );
}
