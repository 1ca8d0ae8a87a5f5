import type { Coverage } from '../../api/contract.js';
import type { MessageKey } from '../../i18n/catalogue.js';
import { useI18n } from '../../i18n/i18n.js';
import type { PathwayType } from '../../map/pathway-types.js';
import { shadeIndex, type ShadeClass } from '../../map/shades.js';
import { pageHref } from '../../routes.js';
import { countOf, type CoverageCell } from './cells.js';

interface Props {
  coverage: Coverage;
  cells: Map<string, Map<string, CoverageCell>>;
  rows: readonly string[];
  columns: readonly string[];
  type: PathwayType | null;
  scale: readonly ShadeClass[];
}

/** A cell with pathways: its count, a link to them in the explorer, named in full for screen readers. */
function Cell({ cell, count, type, asOf }: { cell: CoverageCell; count: number; type: PathwayType | null; asOf: string }) {
  const { t, lang, country, number, list } = useI18n();
  const query = new URLSearchParams({ destination: cell.destination, nationality: cell.nationality, open_on: asOf });
  if (type) query.set('type', type);
  const types = Object.entries(cell.by_type)
    .filter(([kind]) => !type || kind === type)
    .map(([kind, n]) => t('coverage.cellType', { type: t(`type.${kind}` as MessageKey), count: n ?? 0 }));
  const name = t('coverage.cell', { count, nationality: country(cell.nationality), destination: country(cell.destination), types: list(types) });
  return <a href={pageHref(lang, '/explorer', query.toString())} aria-label={name} title={name}>{number(count)}</a>;
}

/**
 * The matrix as a heat-table: a row per nationality, a column per destination, each cell shaded
 * by its count and holding it, a link to the pathways it counts. The table scrolls inside a
 * labelled, focusable region, its first column and header row staying in view.
 */
export function HeatTable({ coverage, cells, rows, columns, type, scale }: Props) {
  const { t, country, date } = useI18n();
  const caption = type
    ? t('coverage.captionType', { date: date(coverage.as_of), type: t(`type.${type}` as MessageKey) })
    : t('coverage.caption', { date: date(coverage.as_of) });
  return (
    <div class="table-scroll heat-scroll" tabIndex={0} role="region" aria-labelledby="coverage-caption">
      <table class="heat-table">
        <caption id="coverage-caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" class="corner">{t('coverage.corner')}</th>
            {columns.map((d) => <th key={d} scope="col" class="destination" data-destination={d}><span>{country(d)}</span></th>)}
          </tr>
        </thead>
        <tbody>
          {rows.map((n) => (
            <tr key={n} data-nationality={n}>
              <th scope="row">{country(n)}</th>
              {columns.map((d) => {
                // A country is no destination for its own nationals.
                if (n === d) return <td key={d} class="self" data-cell={`${n}-${d}`}><span class="visually-hidden">{t('coverage.self')}</span></td>;
                const cell = cells.get(n)?.get(d);
                const count = countOf(cell, type);
                return (
                  <td key={d} class={`shade-${shadeIndex(count, scale)}`} data-cell={`${n}-${d}`}>
                    {cell && count > 0 ? <Cell cell={cell} count={count} type={type} asOf={coverage.as_of} /> : <span class="visually-hidden">{t('map.legend.none')}</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
