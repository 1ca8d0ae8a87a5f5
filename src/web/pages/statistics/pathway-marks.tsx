import type { PathwaySummary } from '../../api/contract.js';
import { useI18n } from '../../i18n/i18n.js';
import type { StatisticsState } from './state.js';

interface MarksProps {
  state: StatisticsState;
  focus: readonly PathwaySummary[];
  others: readonly PathwaySummary[];
  marked: readonly string[];
  onChange: (next: StatisticsState) => void;
}

function Choice({ pathway, marked, group, onToggle }: { pathway: PathwaySummary; marked: boolean; group: number; onToggle: (on: boolean) => void }) {
  const { country, list } = useI18n();
  return (
    <li>
      <label>
        <input type="checkbox" name="marks" value={pathway.id} checked={marked} onChange={(e) => onToggle(e.currentTarget.checked)} />
        {marked ? <span class={`mark-key group-${group % 6}`} aria-hidden="true" /> : null}
        {pathway.name} <span class="meta">({list(pathway.destinations.map(country))})</span>
      </label>
    </li>
  );
}

/** Which pathways' events are drawn: those into the series' focus destinations first, the others folded away. */
export function PathwayMarks({ state, focus, others, marked, onChange }: MarksProps) {
  const { t } = useI18n();
  const toggle = (id: string, on: boolean) => {
    const next = on ? [...marked, id] : marked.filter((m) => m !== id);
    onChange({ ...state, marks: next });
  };
  const choice = (p: PathwaySummary) => (
    <Choice key={p.id} pathway={p} marked={marked.includes(p.id)} group={marked.indexOf(p.id)} onToggle={(on) => toggle(p.id, on)} />
  );
  return (
    <fieldset class="stat-marks">
      <legend>{t('statistics.marks.legend')}</legend>
      {focus.length + others.length === 0 ? <p>{t('statistics.marks.none')}</p> : null}
      {focus.length ? <ul>{focus.map(choice)}</ul> : null}
      {others.length ? (
        <details open={others.some((p) => marked.includes(p.id))}>
          <summary>{t('statistics.marks.others', { count: others.length })}</summary>
          <ul>{others.map(choice)}</ul>
        </details>
      ) : null}
      <label class="stat-scope">
        <input type="checkbox" name="events" checked={state.events === 'all'} onChange={(e) => onChange({ ...state, events: e.currentTarget.checked ? 'all' : 'main' })} />
        {t('statistics.marks.allEvents')}
      </label>
    </fieldset>
  );
}
