import type { PathwaySummary } from '../../api/contract.js';
import type { MessageKey } from '../../i18n/catalogue.js';
import { useI18n } from '../../i18n/i18n.js';
import { pathwayHref } from '../compare/selection.js';
import { CompareToggle } from './compare-toggle.js';
import type { ExplorerState } from './state.js';

/**
 * The results as a table: one row per pathway (its name a link to its page), the facts an
 * analyst compares in columns, and a box to tick it for a side-by-side comparison.
 */
export function ResultsTable({ items, state, onChange }: { items: readonly PathwaySummary[]; state: ExplorerState; onChange: (next: ExplorerState) => void }) {
  const { t, lang, country, date, list } = useI18n();
  const known = (value: boolean | null) => (value === null ? t('explorer.unknown') : t(value ? 'explorer.yes' : 'explorer.no'));
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-label={t('explorer.tableCaption')}>
      <table class="data-table results-table">
        <caption class="visually-hidden">{t('explorer.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('explorer.column.name')}</th>
            <th scope="col">{t('explorer.filter.type')}</th>
            <th scope="col">{t('pathway.destinations')}</th>
            <th scope="col">{t('explorer.filter.open')}</th>
            <th scope="col">{t('explorer.filter.status')}</th>
            <th scope="col">{t('explorer.filter.free')}</th>
            <th scope="col">{t('explorer.filter.permanence')}</th>
            <th scope="col">{t('explorer.column.reviewed')}</th>
            <th scope="col">{t('compare.toggle')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((p) => (
            <tr key={p.id} data-pathway={p.id}>
              <th scope="row"><a href={pathwayHref(lang, p.id, state.compare)}>{p.name}</a></th>
              <td>{t(`type.${p.type}` as MessageKey)}</td>
              <td>{list(p.destinations.map(country))}</td>
              <td>{t(p.open ? 'explorer.yes' : 'explorer.no')}</td>
              <td>{p.status_granted ? t(`pathway.status.${p.status_granted}`) : t('explorer.unknown')}</td>
              <td>{known(p.free_of_charge)}</td>
              <td>{known(p.path_to_permanence)}</td>
              <td>{date(p.last_reviewed, 'medium')}</td>
              <td><CompareToggle id={p.id} name={p.name} state={state} onChange={onChange} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
