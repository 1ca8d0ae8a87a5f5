import type { Comparison } from '../../api/contract.js';
import { useI18n } from '../../i18n/i18n.js';
import { compareHref, pathwayHref, withoutPathway } from './selection.js';
import { formatDatesIn } from './dates-in-text.js';

type Row = Comparison['rows'][number];
type Cell = Row['cells'][number];

/** A cell in words: the official site as a link, dates in the reader's calendar, then its note. */
function CellText({ path, cell }: { path: string; cell: Cell }) {
  const { date } = useI18n();
  const text = path === 'application.official_url' && cell.known && typeof cell.value === 'string'
    ? <a href={cell.value} rel="noopener noreferrer">{cell.text}</a>
    : formatDatesIn(cell.text, (iso) => date(iso, 'medium'));
  return (
    <>
      <span class={cell.known ? 'value' : 'value not-known'}>{text}</span>
      {cell.note ? <span class="fact-note">{formatDatesIn(cell.note, (iso) => date(iso, 'medium'))}</span> : null}
    </>
  );
}

/**
 * The comparison as a table: a column per pathway (its link, and a way to remove it), a row per
 * attribute. A row where the pathways differ says "Differs" in its header — words, not only a
 * colour, so screen readers announce it with the row.
 */
export function CompareTable({ table, ids, onlyDifferences }: { table: Comparison; ids: readonly string[]; onlyDifferences: boolean }) {
  const { t, lang, list } = useI18n();
  const rows = onlyDifferences ? table.rows.filter((r) => r.comparison === 'different') : table.rows;
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="compare-caption">
      <table class="data-table compare-table">
        <caption id="compare-caption">{t('compare.caption', { names: list(table.pathways.map((p) => p.name)) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('compare.attribute')}</th>
            {table.pathways.map((p) => (
              <th scope="col" key={p.id} data-pathway={p.id}>
                <a href={pathwayHref(lang, p.id, ids)}>{p.name}</a>
                <a class="remove" href={compareHref(lang, withoutPathway(ids, p.id), onlyDifferences)} aria-label={t('compare.removeNamed', { name: p.name })}>
                  {t('compare.remove')}
                </a>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.path} data-row={row.path} class={row.comparison}>
              <th scope="row">
                {row.label}
                {row.comparison === 'different' ? <span class="differs"><span aria-hidden="true">≠ </span>{t('compare.differs')}</span> : null}
              </th>
              {row.cells.map((cell) => <td key={cell.pathway}><CellText path={row.path} cell={cell} /></td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
