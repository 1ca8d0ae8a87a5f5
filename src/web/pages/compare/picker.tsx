import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso/router';
import { MAX_COMPARED } from '../../api/compare.js';
import type { PathwaySummary } from '../../api/contract.js';
import { useI18n } from '../../i18n/i18n.js';
import { compareHref, withPathway } from './selection.js';

/** Adds a pathway to the comparison: every pathway not yet in it, by name. */
export function Picker({ ids, pathways, onlyDifferences }: { ids: readonly string[]; pathways: readonly PathwaySummary[]; onlyDifferences: boolean }) {
  const { t, lang } = useI18n();
  const { route } = useLocation();
  const [chosen, setChosen] = useState('');
  if (ids.length >= MAX_COMPARED) return <p class="hint" data-picker="full">{t('compare.full')}</p>;
  const options = pathways.filter((p) => !ids.includes(p.id));
  const add = (e: Event) => {
    e.preventDefault();
    if (!chosen) return;
    setChosen('');
    route(compareHref(lang, withPathway(ids, chosen), onlyDifferences));
  };
  return (
    <form class="picker" onSubmit={add}>
      <label for="compare-add">{t('compare.add')}</label>
      <div class="search-row">
        <select id="compare-add" name="add" value={chosen} onChange={(e) => setChosen(e.currentTarget.value)}>
          <option value="">{t('compare.choose')}</option>
          {options.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
        </select>
        <button type="submit">{t('compare.addButton')}</button>
      </div>
    </form>
  );
}
