import { getJson } from '../../api/client.js';
import type { CountryList } from '../../api/contract.js';
import { useI18n } from '../../i18n/i18n.js';
import { useApi } from '../../ui/use-api.js';

/**
 * Whose pathways the map shows: every country of the reference list, named and sorted in the
 * reader's language, or any nationality. While the list loads, the chosen one is still offered.
 */
export function NationalitySelect({ value, onChange }: { value: string | null; onChange: (code: string | null) => void }) {
  const { t, lang, country } = useI18n();
  const [countries] = useApi((signal) => getJson<CountryList>('/api/countries', { lang }, signal), [lang]);
  const codes = new Set(countries.data?.items.map((c) => c.code) ?? []);
  if (value) codes.add(value);
  const collator = new Intl.Collator(lang);
  const options = [...codes].map((code) => ({ code, name: country(code) })).sort((a, b) => collator.compare(a.name, b.name));
  return (
    <div class="control">
      <label for="map-nationality">{t('map.nationality')}</label>
      <select id="map-nationality" name="nationality" value={value ?? ''} onChange={(e) => onChange(e.currentTarget.value || null)}>
        <option value="">{t('map.nationality.any')}</option>
        {options.map((o) => <option key={o.code} value={o.code}>{o.name}</option>)}
      </select>
    </div>
  );
}
