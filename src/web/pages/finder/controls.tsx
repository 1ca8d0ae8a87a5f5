import { useMemo, useState } from 'preact/hooks';
import type { FinderVariable } from '../../finder/engine.js';
import type { MessageKey } from '../../i18n/catalogue.js';
import { useI18n } from '../../i18n/i18n.js';
import { fieldValueText, type Relative } from './answer-text.js';
import { namedCountries } from './countries.js';

/** The ids that tie a control to its question's title, help text and error. */
export interface Described {
  labelledBy: string;
  describedBy: string;
  invalid: boolean;
}

/** Accessible name and description of the question's main control. */
function aria({ labelledBy, describedBy, invalid }: Described) {
  return { 'aria-labelledby': labelledBy, 'aria-describedby': describedBy, 'aria-invalid': invalid ? 'true' as const : undefined };
}

/** A `<select>` of every country, by name in the reader's language. */
export function CountrySelect({ id, countries, value, onChange, described, label }: {
  id: string; countries: readonly string[]; value: string; onChange: (code: string) => void; described?: Described; label?: string;
}) {
  const i18n = useI18n();
  const named = useMemo(() => namedCountries(countries, i18n), [countries, i18n]);
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)} {...(described ? aria(described) : {})} aria-label={label}>
      <option value="">{i18n.t('finder.country.choose')}</option>
      {named.map((c) => <option key={c.code} value={c.code}>{c.name}</option>)}
    </select>
  );
}

/** Radio buttons: yes/no, or the options of an enum. */
export function Choices({ name, options, value, onChange, described }: {
  name: string; options: { value: string; label: string }[]; value: string | undefined; onChange: (value: string) => void; described: Described;
}) {
  return (
    <div role="radiogroup" class="finder-choices" {...aria(described)}>
      {options.map((o) => (
        <label key={o.value} class="finder-choice">
          <input type="radio" name={name} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} />
          {' '}{o.label}
        </label>
      ))}
    </div>
  );
}

/**
 * A list of countries: pick one, add it, remove any. The country still in the picker counts
 * as added when the person goes on, so choosing one and pressing Continue is enough.
 */
export function CountryList({ id, countries, value, pending, onChange, onPending, described }: {
  id: string; countries: readonly string[]; value: readonly string[]; pending: string;
  onChange: (codes: string[]) => void; onPending: (code: string) => void; described: Described;
}) {
  const { t, country } = useI18n();
  const add = () => {
    if (pending && !value.includes(pending)) onChange([...value, pending]);
    onPending('');
    // The Add button is disabled once used: focus returns to the picker, for another country.
    document.getElementById(id)?.focus();
  };
  return (
    <div class="finder-list">
      <div class="finder-row">
        <CountrySelect id={id} countries={countries.filter((c) => !value.includes(c))} value={pending} onChange={onPending} described={described} />
        <button type="button" class="secondary" onClick={add} disabled={!pending}>{t('finder.list.add')}</button>
      </div>
      <p class="hint" aria-live="polite">
        {value.length === 0 ? t('finder.list.empty') : t('finder.list.chosen', { count: value.length })}
      </p>
      {value.length > 0 ? (
        <ul class="finder-chosen">
          {value.map((code) => (
            <li key={code}>
              {country(code)}{' '}
              <button type="button" class="link" onClick={() => { onChange(value.filter((c) => c !== code)); document.getElementById(id)?.focus(); }}>
                {t('finder.list.remove', { item: country(code) })}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** A list of objects (relatives abroad): one small form per item, its fields from the data. */
export function ObjectList({ variable, countries, value, onChange, described }: {
  variable: FinderVariable; countries: readonly string[]; value: readonly Relative[]; onChange: (items: Relative[]) => void; described: Described;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const fields = variable.fields ?? [];
  const [draft, setDraft] = useState<Relative>({});
  const complete = fields.every((f) => draft[f.id]);
  // A used or removed button goes away or is disabled: focus returns to the first field.
  const refocus = () => document.getElementById(`finder-field-${fields[0]?.id ?? ''}`)?.focus();
  const itemText = (item: Relative) => fields.map((f) => (f.id === 'country' ? i18n.country(item[f.id] ?? '') : fieldValueText(f.id, item[f.id] ?? '', t))).join(', ');
  return (
    <div class="finder-list">
      <fieldset class="finder-item" aria-describedby={described.describedBy}>
        <legend>{t('finder.object.new')}</legend>
        {fields.map((f) => {
          const fieldId = `finder-field-${f.id}`;
          const set = (v: string) => setDraft({ ...draft, [f.id]: v });
          return (
            <p key={f.id} class="finder-field">
              <label for={fieldId}>{t(`finder.field.${f.id}` as MessageKey)}</label>{' '}
              {f.type === 'country' ? <CountrySelect id={fieldId} countries={countries} value={draft[f.id] ?? ''} onChange={set} /> : (
                <select id={fieldId} value={draft[f.id] ?? ''} onChange={(e) => set(e.currentTarget.value)}>
                  <option value="">{t('finder.choose')}</option>
                  {(f.options ?? []).map((o) => <option key={o} value={o}>{fieldValueText(f.id, o, t)}</option>)}
                </select>
              )}
            </p>
          );
        })}
        <button type="button" class="secondary" disabled={!complete} onClick={() => { onChange([...value, draft]); setDraft({}); refocus(); }}>
          {t('finder.object.add')}
        </button>
      </fieldset>
      <p class="hint" aria-live="polite">{value.length === 0 ? t('finder.list.empty') : t('finder.list.chosen', { count: value.length })}</p>
      {value.length > 0 ? (
        <ul class="finder-chosen">
          {value.map((item, i) => (
            <li key={i}>
              {itemText(item)}{' '}
              <button type="button" class="link" onClick={() => { onChange(value.filter((_, j) => j !== i)); refocus(); }}>{t('finder.list.remove', { item: itemText(item) })}</button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** Everything the main control of a question needs. */
export interface ControlProps {
  variable: FinderVariable;
  countries: readonly string[];
  value: unknown;
  onChange: (value: unknown) => void;
  /** For lists: the country still in the picker, not yet added. */
  pending: string;
  onPending: (code: string) => void;
  described: Described;
  today: string;
}

/** The control that fits the variable's type. */
export function AnswerControl({ variable, countries, value, onChange, pending, onPending, described, today }: ControlProps) {
  const { t } = useI18n();
  const id = `finder-answer-${variable.id}`;
  switch (variable.type) {
    case 'boolean':
      return (
        <Choices name={id} value={value === undefined ? undefined : String(value)} onChange={(v) => onChange(v === 'true')} described={described}
          options={[{ value: 'true', label: t('finder.yes') }, { value: 'false', label: t('finder.no') }]} />
      );
    case 'enum':
      return <Choices name={id} value={value as string | undefined} onChange={onChange} described={described} options={variable.options ?? []} />;
    case 'country':
      return <CountrySelect id={id} countries={countries} value={(value as string | undefined) ?? ''} onChange={onChange} described={described} />;
    case 'country_list':
      return <CountryList id={id} countries={countries} value={(value as string[] | undefined) ?? []} onChange={onChange} pending={pending} onPending={onPending} described={described} />;
    case 'object_list':
      return <ObjectList variable={variable} countries={countries} value={(value as Relative[] | undefined) ?? []} onChange={onChange} described={described} />;
    case 'date':
      return <input id={id} type="date" min="1900-01-01" max={today} value={(value as string | undefined) ?? ''} onInput={(e) => onChange(e.currentTarget.value || undefined)} {...aria(described)} />;
    case 'number':
      return <input id={id} type="number" inputMode="decimal" value={value === undefined ? '' : String(value)} onInput={(e) => onChange(e.currentTarget.value === '' ? undefined : Number(e.currentTarget.value))} {...aria(described)} />;
  }
}
