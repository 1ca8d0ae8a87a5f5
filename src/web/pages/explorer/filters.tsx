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

/** A list of countries to choose from, by name in the reader's language, each with its count. */
function CountryFilter({ field, legend, state, counts, onChange }: {
  field: 'destination' | 'nationality'; legend: MessageKey; state: ExplorerState; counts: Record<string, number>; onChange: Change;
}) {
  const { t, lang, country } = useI18n();
  const options = Object.entries(counts)
    .filter(([code, n]) => n > 0 || state[field].includes(code))
    .map(([code, n]) => ({ code, n, name: country(code) }))
    .sort((a, b) => a.name.localeCompare(b.name, lang));
  return (
    <fieldset class="long">
      <legend>{t(legend)}</legend>
      {options.map((o) => (
        <Checkbox key={o.code} name={field} value={o.code} checked={state[field].includes(o.code)}
          label={t('explorer.option', { label: o.name, count: o.n })}
          onChange={(on) => onChange({ ...state, [field]: toggle(state[field], o.code, on) })} />
      ))}
    </fieldset>
  );
}

/**
 * The explorer's filters, each option with the number of pathways choosing it would give
 * (the API's facets). Every change goes straight to the URL.
 */
export function Filters({ state, facets, onChange }: { state: ExplorerState; facets: SearchFacets; onChange: Change }) {
  const { t, date } = useI18n();
  const today = localToday();
  const types = Object.entries(facets.type).filter(([type, n]) => n > 0 || state.type.includes(type));
  return (
    <div class="filters">
      <h2>{t('explorer.filters')}</h2>
      <fieldset>
        <legend>{t('explorer.filter.open')}</legend>
        <Checkbox name="open_on" value={state.open_on ?? today} checked={state.open_on !== null}
          label={state.open_on && state.open_on !== today ? date(state.open_on) : t('explorer.filter.openOnly')}
          onChange={(on) => onChange({ ...state, open_on: on ? today : null })} />
      </fieldset>
      <CountryFilter field="nationality" legend="explorer.filter.nationality" state={state} counts={facets.nationality} onChange={onChange} />
      <CountryFilter field="destination" legend="explorer.filter.destination" state={state} counts={facets.destination} onChange={onChange} />
      <fieldset>
        <legend>{t('explorer.filter.type')}</legend>
        {types.map(([type, n]) => (
          <Checkbox key={type} name="type" value={type} checked={state.type.includes(type)}
            label={t('explorer.option', { label: t(`type.${type}` as MessageKey), count: n })}
            onChange={(on) => onChange({ ...state, type: toggle(state.type, type, on) })} />
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('explorer.filter.status')}</legend>
        {(['temporary', 'permanent'] as const).map((v) => (
          <Checkbox key={v} name="status_granted" value={v} checked={state.status_granted.includes(v)}
            label={t('explorer.option', { label: t(`pathway.status.${v}`), count: facets.status_granted[v] })}
            onChange={(on) => onChange({ ...state, status_granted: toggle(state.status_granted, v, on) })} />
        ))}
      </fieldset>
      <KnownFilter field="free_of_charge" legend="explorer.filter.free" state={state} counts={facets.free_of_charge} onChange={onChange} />
      <KnownFilter field="path_to_permanence" legend="explorer.filter.permanence" state={state} counts={facets.path_to_permanence} onChange={onChange} />
    </div>
  );
}
