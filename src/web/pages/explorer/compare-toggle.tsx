import { MAX_COMPARED } from '../../api/compare.js';
import { useI18n } from '../../i18n/i18n.js';
import { compareHref, withoutPathway, withPathway } from '../compare/selection.js';
import type { ExplorerState } from './state.js';

type Change = (next: ExplorerState) => void;

/**
 * A "Compare" checkbox for one pathway; its label names the pathway for screen readers. Once
 * four are ticked, the others are disabled (the bar says why).
 */
export function CompareToggle({ id, name, state, onChange }: { id: string; name: string; state: ExplorerState; onChange: Change }) {
  const { t } = useI18n();
  const checked = state.compare.includes(id);
  return (
    <label class="check compare-toggle">
      <input type="checkbox" name="compare" value={id} checked={checked} disabled={!checked && state.compare.length >= MAX_COMPARED}
        onChange={(e) => onChange({ ...state, compare: e.currentTarget.checked ? withPathway(state.compare, id) : withoutPathway(state.compare, id) })} />
      {' '}{t('compare.toggle')}<span class="visually-hidden">: {name}</span>
    </label>
  );
}

/** How many pathways are ticked, and the link to compare them once there are two or more. */
export function CompareBar({ state }: { state: ExplorerState }) {
  const { t, lang } = useI18n();
  const n = state.compare.length;
  return (
    <div class="compare-bar" aria-live="polite">
      {n >= 2
        ? <a class="button" data-action="compare" href={compareHref(lang, state.compare)}>{t('compare.link', { count: n })}</a>
        : <span class="hint">{t('compare.pickMore')}</span>}
      {n >= MAX_COMPARED ? <span class="hint">{' '}{t('compare.max')}</span> : null}
    </div>
  );
}
