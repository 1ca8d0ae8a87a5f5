import { useMemo } from 'preact/hooks';
import { useLocation } from 'preact-iso/router';
import { getCoverage } from '../../api/coverage.js';
import { useI18n } from '../../i18n/i18n.js';
import { ShadeLegend } from '../../map/legend.js';
import { shadeScale } from '../../map/shades.js';
import { TypeSelect } from '../../map/type-select.js';
import { pageHref } from '../../routes.js';
import { localToday } from '../../ui/dates.js';
import { ErrorNotice, Loading } from '../../ui/status.js';
import { useApi } from '../../ui/use-api.js';
import { useTitle } from '../../ui/use-title.js';
import { byName, countOf, indexCells, maxCount } from './cells.js';
import { DateControl } from './date-control.js';
import { HeatTable } from './heat-table.js';
import { readState, shownRows, writeState, type CoverageState } from './state.js';
import { useDebounced } from './use-debounced.js';

/** How long the slider rests before the matrix of its date is asked for. */
const SETTLE_MS = 250;

function RowsSelect({ value, onChange }: { value: CoverageState['rows']; onChange: (rows: CoverageState['rows']) => void }) {
  const { t } = useI18n();
  return (
    <div class="control">
      <label for="coverage-rows">{t('coverage.rows')}</label>
      <select id="coverage-rows" name="rows" value={value} onChange={(e) => onChange(e.currentTarget.value === 'all' ? 'all' : 'americas')}>
        <option value="americas">{t('coverage.rows.americas')}</option>
        <option value="all">{t('coverage.rows.all')}</option>
      </select>
    </div>
  );
}

/**
 * Coverage: which pathways the nationals of each country could use in each destination on a day,
 * as a heat-table, with a slider to watch pathways open and close. The day, the type and the rows
 * are kept in the URL; while the slider moves the URL is replaced (not pushed) and the API is
 * asked only where it comes to rest.
 */
export default function CoveragePage() {
  const { t, lang, country, date } = useI18n();
  const { query, route } = useLocation();
  useTitle(t('coverage.title'));
  const state = readState(query);
  const today = localToday();
  const asOf = state.as_of ?? today;
  const settled = useDebounced(asOf, SETTLE_MS);
  const [matrix, retry] = useApi((signal) => getCoverage({ lang, as_of: settled }, signal), [lang, settled]);
  const go = (next: CoverageState, replace = false) => route(pageHref(lang, '/coverage', writeState(next)), replace);

  const data = matrix.data;
  const view = useMemo(() => {
    if (!data) return null;
    const cells = indexCells(data);
    const rows = byName(shownRows(data.nationalities, state.rows), country, lang);
    const columns = byName(data.destinations, country, lang);
    const scale = shadeScale(maxCount(cells, rows, state.type));
    const pairs = rows.reduce((sum, n) => sum + columns.filter((d) => countOf(cells.get(n)?.get(d), state.type) > 0).length, 0);
    return { cells, rows, columns, scale, pairs };
  }, [data, state.rows, state.type, lang]);
  const busy = matrix.state === 'loading' || settled !== asOf;
  // The table is rebuilt only when its data or filters change, not at every step of the slider.
  const table = useMemo(() => (data && view ? (
    <HeatTable coverage={data} cells={view.cells} rows={view.rows} columns={view.columns} type={state.type} scale={view.scale} />
  ) : null), [data, view, state.type]);

  return (
    <div class="page coverage">
      <h1>{t('coverage.title')}</h1>
      <p class="lead">{t('coverage.lead')}</p>
      {data ? (
        <div class="coverage-controls">
          <DateControl value={asOf} span={{ start: data.since ?? today, end: today }}
            onChange={(day, settling) => go({ ...state, as_of: day }, !settling)} />
          <TypeSelect id="coverage-type" value={state.type} onChange={(type) => go({ ...state, type })} />
          <RowsSelect value={state.rows} onChange={(rows) => go({ ...state, rows })} />
        </div>
      ) : null}
      {matrix.state === 'failed' ? <ErrorNotice error={matrix.error} retry={retry} /> : null}
      {data && view ? (
        <section class="coverage-matrix" aria-labelledby="coverage-caption" aria-busy={busy ? 'true' : undefined}>
          <p role="status" class="coverage-status">{t('coverage.status', { date: date(data.as_of), pairs: view.pairs })}</p>
          <ShadeLegend scale={view.scale} title={t('coverage.legend')} />
          <p class="hint">{t('coverage.hint')}</p>
          {table}
        </section>
      ) : matrix.state === 'loading' ? <Loading /> : null}
    </div>
  );
}
