import type { ComponentChildren } from 'preact';
import type { PathwaySummary } from '../api/contract.js';
import type { MessageKey } from '../i18n/catalogue.js';
import { useI18n } from '../i18n/i18n.js';
import { pageHref } from '../routes.js';

/**
 * One pathway in a list: name (a link to its page), kind and places, summary, and the facts
 * people ask first. `href` overrides the link (to carry a page's state along); `children` go
 * at the end of the card (a page's own controls, such as "compare").
 */
export function PathwayCard({ pathway: p, headingLevel = 2, href, children }: {
  pathway: PathwaySummary; headingLevel?: 2 | 3; href?: string; children?: ComponentChildren;
}) {
  const { t, lang, country, date, list } = useI18n();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <li class="card" data-pathway={p.id}>
      <Heading><a href={href ?? pageHref(lang, `/pathways/${p.id}`)}>{p.name}</a></Heading>
      {p.name_original !== p.name ? <p class="original">{p.name_original}</p> : null}
      <p class="meta">
        <span class="type">{t(`type.${p.type}` as MessageKey)}</span>
        {' · '}
        <span class="where">{list(p.destinations.map(country))}</span>
      </p>
      <p class="summary">{p.summary}</p>
      <ul class="tags">
        <li class={p.open ? 'tag open' : 'tag closed'}>{p.open ? t('pathway.open') : t('pathway.closed')}</li>
        {p.status_granted ? <li class="tag">{t(p.status_granted === 'permanent' ? 'pathway.status.permanent' : 'pathway.status.temporary')}</li> : null}
        {p.free_of_charge ? <li class="tag">{t('pathway.free')}</li> : null}
        {p.path_to_permanence ? <li class="tag">{t('pathway.permanence')}</li> : null}
        {p.needs_official_source ? <li class="tag warn">{t('pathway.unofficial')}</li> : null}
      </ul>
      <p class="reviewed">{t('pathway.reviewed', { date: date(p.last_reviewed) })}</p>
      {children}
    </li>
  );
}
