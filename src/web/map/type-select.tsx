import type { MessageKey } from '../i18n/catalogue.js';
import { useI18n } from '../i18n/i18n.js';
import { PATHWAY_TYPES, asPathwayType, type PathwayType } from './pathway-types.js';

/** A choice of one pathway type, or every type (`null`), labelled. */
export function TypeSelect({ id, value, onChange }: { id: string; value: PathwayType | null; onChange: (type: PathwayType | null) => void }) {
  const { t, lang } = useI18n();
  const collator = new Intl.Collator(lang);
  const types = PATHWAY_TYPES.map((type) => ({ type, name: t(`type.${type}` as MessageKey) })).sort((a, b) => collator.compare(a.name, b.name));
  return (
    <div class="control">
      <label for={id}>{t('map.filter.type')}</label>
      <select id={id} name="type" value={value ?? ''} onChange={(e) => onChange(asPathwayType(e.currentTarget.value))}>
        <option value="">{t('map.filter.allTypes')}</option>
        {types.map((o) => <option key={o.type} value={o.type}>{o.name}</option>)}
      </select>
    </div>
  );
}
