import type { ApiPathwaySummary } from '../domain/api.js';
import type { Lang } from '../domain/lang.js';
import { countryName, TYPE_LABELS, UI } from './i18n.js';

/** One pathway in the list: name, where, what kind, and the facts people ask first. */
export function PathwayCard({ pathway: p, lang }: { pathway: ApiPathwaySummary; lang: Lang }) {
  const t = UI[lang];
  return (
    <li class="card" data-pathway={p.id}>
      <h2>{p.name}</h2>
      {p.name_original !== p.name ? <p class="original" lang="">{p.name_original}</p> : null}
      <p class="meta">
        <span class="type">{TYPE_LABELS[lang][p.type]}</span>
        {' · '}
        <span class="where">{p.destinations.map((c) => countryName(c, lang)).join(', ')}</span>
      </p>
      <p class="summary">{p.summary}</p>
      <ul class="tags">
        <li class={p.open ? 'tag open' : 'tag closed'}>{p.open ? t.open : t.closed}</li>
        {p.status_granted ? <li class="tag">{p.status_granted === 'permanent' ? t.permanentStatus : t.temporary}</li> : null}
        {p.free_of_charge ? <li class="tag">{t.free}</li> : null}
        {p.path_to_permanence ? <li class="tag">{t.permanent}</li> : null}
        {p.needs_official_source ? <li class="tag warn">{t.unofficial}</li> : null}
      </ul>
      <p class="reviewed">{t.reviewed} {p.last_reviewed}</p>
    </li>
  );
}
