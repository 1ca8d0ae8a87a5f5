import type { SearchFacets } from '../../api/contract.js';
import type { MessageKey } from '../../i18n/catalogue.js';
import { useI18n } from '../../i18n/i18n.js';
import { localToday } from '../../ui/dates.js';
import { toggle, type ExplorerState } from './state.js';

type Change = (next: ExplorerState) => void;

function Checkbox({ name, value, checked, label, onChange }: { name: string; value: string; checked: boolean; label: string; onChange: (on: boolean) => void }) {
  return (
    <label class="check">
      <input type="checkbox" name={name} value={value} checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} /> {label}
    </label>
  );
}

/** A yes/no filter over a fact a source may not state: Yes, No, each with its count. */
function KnownFilter({ field, legend, state, counts, onChange }: {
  field: 'free_of_charge' | 'path_to_permanence'; legend: MessageKey; state: ExplorerState;
  counts: { true: number; false: number }; onChange: Change;
}) {
  const { t } = useI18n();
  return (
    <fieldset>
      <legend>{t(legend)}</legend>
      {(['true', 'false'] as const).map((v) => (
        <Checkbox key={v} name={field} value={v} checked={state[field] === v}
          label={t('explorer.option', { label: t(v === 'true' ? 'explorer.yes' : 'explorer.no'), count: counts[v] })}
          onChange={(on) => onChange({ ...state, [field]: on ? v : null })} />
      ))}
    </fieldset>
  );
}

/**
 * The explorer's filters, each option with the number of pathways choosing it would give
 * (the API's facets). Every change goes straight to the URL.
 */
export function Filters({ state, facets, onChange }: { state: ExplorerState; facets: SearchFacets; onChange: Change }) {
  const { t, lang, country, date } = useI18n();
  const today = localToday();
  const types = Object.entries(facets.type).filter(([type, n]) => n > 0 || state.type.includes(type));
  const destinations = Object.entries(facets.destination)
    .filter(([code, n]) => n > 0 || state.destination.includes(code))
    .map(([code, n]) => ({ code, n, name: country(code) }))
    .sort((a, b) => a.name.localeCompare(b.name, lang));
  return (
    <div class="filters">
      <h2>{t('explorer.filters')}</h2>
      <fieldset>
        <legend>{t('explorer.filter.open')}</legend>
        <Checkbox name="open_on" value={state.open_on ?? today} checked={state.open_on !== null}
          label={state.open_on && state.open_on !== today ? date(state.open_on) : t('explorer.filter.openOnly')}
          onChange={(on) => onChange({ ...state, open_on: on ? today : null })} />
      </fieldset>
      <fieldset>
        <legend>{t('explorer.filter.type')}</legend>
        {types.map(([type, n]) => (
          <Checkbox key={type} name="type" value={type} checked={state.type.includes(type)}
            label={t('explorer.option', { label: t(`type.${type}` as MessageKey), count: n })}
            onChange={(on) => onChange({ ...state, type: toggle(state.type, type, on) })} />
        ))}
      </fieldset>
      <fieldset class="long">
        <legend>{t('explorer.filter.destination')}</legend>
        {destinations.map((d) => (
          <Checkbox key={d.code} name="destination" value={d.code} checked={state.destination.includes(d.code)}
            label={t('explorer.option', { label: d.name, count: d.n })}
            onChange={(on) => onChange({ ...state, destination: toggle(state.destination, d.code, on) })} />
        ))}
      </fieldset>
      <KnownFilter field="free_of_charge" legend="explorer.filter.free" state={state} counts={facets.free_of_charge} onChange={onChange} />
      <KnownFilter field="path_to_permanence" legend="explorer.filter.permanence" state={state} counts={facets.path_to_permanence} onChange={onChange} />
    </div>
  );
}
