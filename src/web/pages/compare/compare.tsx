import { useEffect, useRef } from 'preact/hooks';
import { useLocation } from 'preact-iso/router';
import { ApiError } from '../../api/client.js';
import { comparePathways, MIN_COMPARED } from '../../api/compare.js';
import type { PathwaySummary } from '../../api/contract.js';
import { allPathways } from '../../api/pathway.js';
import { useI18n } from '../../i18n/i18n.js';
import { pageHref } from '../../routes.js';
import { ErrorNotice, Loading } from '../../ui/status.js';
import { useApi } from '../../ui/use-api.js';
import { useTitle } from '../../ui/use-title.js';
import { CompareTable } from './compare-table.js';
import { Picker } from './picker.js';
import { compareHref, pathwayHref, readSelection } from './selection.js';

/** Ids in the URL the catalogue does not have, named, with one link that drops them all. */
function UnknownIds({ unknown, ids, onlyDifferences }: { unknown: string[]; ids: readonly string[]; onlyDifferences: boolean }) {
  const { t, lang, list } = useI18n();
  return (
    <div role="alert" class="notice error" data-notice="unknown-ids">
      <p>{t('compare.unknownIds', { count: unknown.length, ids: list(unknown.map((id) => `“${id}”`)) })}</p>
      <p><a href={compareHref(lang, ids.filter((id) => !unknown.includes(id)), onlyDifferences)}>{t('compare.removeUnknown', { count: unknown.length })}</a></p>
    </div>
  );
}

/** Fewer than two pathways: those chosen so far, each removable, and how to choose more. */
function Chosen({ ids, pathways, onlyDifferences }: { ids: readonly string[]; pathways: readonly PathwaySummary[]; onlyDifferences: boolean }) {
  const { t, lang } = useI18n();
  const byId = new Map(pathways.map((p) => [p.id, p]));
  const chosen = ids.flatMap((id) => byId.get(id) ?? []);
  return (
    <>
      <p data-notice="need-more">{t('compare.needMore')}</p>
      {chosen.length > 0 ? (
        <ul class="chosen">
          {chosen.map((p) => (
            <li key={p.id} data-pathway={p.id}>
              <a href={pathwayHref(lang, p.id, ids)}>{p.name}</a>{' '}
              <a class="remove" href={compareHref(lang, ids.filter((id) => id !== p.id), onlyDifferences)} aria-label={t('compare.removeNamed', { name: p.name })}>{t('compare.remove')}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

/**
 * The compare page, `/<lang>/compare?ids=a,b,c`: two to four pathways side by side, the
 * differences marked; pathways are added and removed here, and the URL keeps the selection.
 */
export default function Compare() {
  const { t, lang } = useI18n();
  const { query, route } = useLocation();
  useTitle(t('compare.title'));
  const ids = readSelection(query.ids);
  const onlyDifferences = query.diff === 'only';
  const enough = ids.length >= MIN_COMPARED;
  const [pathways] = useApi((signal) => allPathways(lang, signal), [lang]);
  const [table, retry] = useApi((signal) => (enough ? comparePathways(ids, lang, signal) : Promise.resolve(null)), [lang, ids.join(',')]);
  const known = pathways.data ? new Set(pathways.data.map((p) => p.id)) : null;
  const unknown = known ? ids.filter((id) => !known.has(id)) : [];
  const missing = table.state === 'failed' && table.error instanceof ApiError && table.error.failure === 'not_found';
  const data = table.state === 'ready' ? table.data : null;
  const differing = data ? data.rows.filter((r) => r.comparison === 'different').length : 0;
  // After a pathway is added or removed (the link or button used may be gone), focus goes to the
  // summary, which says how the new set differs.
  const summary = useRef<HTMLParagraphElement>(null);
  const shown = useRef<string | null>(null);
  const shownIds = data ? data.pathways.map((p) => p.id).join(',') : null;
  useEffect(() => {
    if (shownIds === null) return;
    if (shown.current !== null && shown.current !== shownIds) summary.current?.focus();
    shown.current = shownIds;
  }, [shownIds]);
  return (
    <div class="page compare">
      <h1>{t('compare.title')}</h1>
      <p class="lead">{t('compare.lead')}</p>
      {unknown.length > 0 ? <UnknownIds unknown={unknown} ids={ids} onlyDifferences={onlyDifferences} /> : null}
      {!enough && pathways.data ? <Chosen ids={ids} pathways={pathways.data} onlyDifferences={onlyDifferences} /> : null}
      {table.state === 'failed' && !missing ? <ErrorNotice error={table.error} retry={retry} /> : null}
      {data ? (
        <>
          <p class="hint">{t('compare.share')}</p>
          <div class="compare-tools">
            <p id="compare-summary" data-differing={differing} tabIndex={-1} ref={summary}>{t('compare.summary', { count: differing })}</p>
            <label class="check">
              <input type="checkbox" name="diff" checked={onlyDifferences} onChange={(e) => route(compareHref(lang, ids, e.currentTarget.checked))} />
              {' '}{t('compare.onlyDifferences')}
            </label>
          </div>
          <CompareTable table={data} ids={ids} onlyDifferences={onlyDifferences} />
        </>
      ) : enough && table.state === 'loading' ? <Loading /> : null}
      {pathways.data ? <Picker ids={ids} pathways={pathways.data} onlyDifferences={onlyDifferences} /> : null}
      {pathways.state === 'failed' ? <ErrorNotice error={pathways.error} /> : null}
      <p><a href={pageHref(lang, '/explorer', ids.length > 0 ? `compare=${ids.join(',')}` : '')}>{t('compare.explorer')}</a></p>
    </div>
  );
}
