import type { Comparison } from '../../api/contract.js';
import { useI18n } from '../../i18n/i18n.js';
import { compareHref, pathwayHref, withoutPathway } from './selection.js';
import { formatDatesIn } from './dates-in-text.js';

type Row = Comparison['rows'][number];
type Cell = Row['cells'][number];

type Source = Comparison['pathways'][number]['sources'][number];

/** The anchor of a pathway's source in the table's "Sources" row. */
const anchor = (pathway: string, source: string) => `compare-${pathway}-${source}`;

/** The sources that state a cell's value, numbered as in its column's "Sources" row. */
function CellCites({ cell, sources }: { cell: Cell; sources: readonly Source[] }) {
  const { t } = useI18n();
  const cited = cell.sources.map((id) => ({ id, n: sources.findIndex((s) => s.id === id) + 1 })).filter((c) => c.n > 0);
  if (cited.length === 0) return null;
  return (
    <span class="cites">
      <span class="visually-hidden">{t('pathway.cites')}</span>
      {cited.map(({ id, n }) => <a key={id} href={`#${anchor(cell.pathway, id)}`} aria-label={t('pathway.cite', { n })}>[{n}]</a>)}
    </span>
  );
}

/**
 * A cell in words: the official site as a link, dates in the reader's calendar, its sources and
 * note; in the "Sources" row, the column's sources as numbered links.
 */
function CellText({ path, cell, sources }: { path: string; cell: Cell; sources: readonly Source[] }) {
  const { date } = useI18n();
  if (path === 'sources') {
    return (
      <ol class="compare-sources">
        {sources.map((s) => <li key={s.id} id={anchor(cell.pathway, s.id)} tabIndex={-1}><a href={s.url} rel="noopener noreferrer">{s.title}</a></li>)}
      </ol>
    );
  }
  const text = path === 'application.official_url' && cell.known && typeof cell.value === 'string'
    ? <a href={cell.value} rel="noopener noreferrer">{cell.text}</a>
    : formatDatesIn(cell.text, (iso) => date(iso, 'medium'));
  return (
    <>
      <span class={cell.known ? 'value' : 'value not-known'}>{text}</span>
      <CellCites cell={cell} sources={sources} />
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
              {row.cells.map((cell, i) => <td key={cell.pathway}><CellText path={row.path} cell={cell} sources={table.pathways[i]?.sources ?? []} /></td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
