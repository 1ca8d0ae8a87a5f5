import type { MessageKey } from '../../i18n/catalogue.js';
import { useI18n } from '../../i18n/i18n.js';
import type { DestinationCount } from './destinations.js';

/** The map's figures as a table: each destination with a pathway, its count and its types. */
export function DestinationsTable({ rows, caption, href }: { rows: readonly DestinationCount[]; caption: string; href: (code: string) => string }) {
  const { t, country, number, list } = useI18n();
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="map-table-caption">
      <table class="data-table" data-view="table">
        <caption id="map-table-caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('map.column.destination')}</th>
            <th scope="col" class="num">{t('map.column.count')}</th>
            <th scope="col">{t('map.column.types')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.code} data-country={r.code}>
              <th scope="row"><a href={href(r.code)}>{country(r.code)}</a></th>
              <td class="num">{number(r.count)}</td>
              <td>{list(Object.entries(r.byType).map(([type, n]) => t('map.typeCount', { type: t(`type.${type}` as MessageKey), count: n ?? 0 })))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
