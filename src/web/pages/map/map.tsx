import { useLocation } from 'preact-iso/router';
import type { MessageKey } from '../../i18n/catalogue.js';
import { useI18n } from '../../i18n/i18n.js';
import { ShadeLegend } from '../../map/legend.js';
import { shadeIndex, shadeScale } from '../../map/shades.js';
import { TypeSelect } from '../../map/type-select.js';
import { useAmericasMap } from '../../map/use-americas-map.js';
import { pageHref } from '../../routes.js';
import { localToday } from '../../ui/dates.js';
import { ErrorNotice, Loading } from '../../ui/status.js';
import { useApi } from '../../ui/use-api.js';
import { useTitle } from '../../ui/use-title.js';
import { isCalendarDate } from '../coverage/timeline.js';
import { allPathways, byDestination, type DestinationCount } from './destinations.js';
import { DestinationsTable } from './destinations-table.js';
import { NationalitySelect } from './nationality-select.js';
import { explorerQuery, readState, writeState, type MapState } from './state.js';

/** Map or table: links, so each view has its own URL. */
function ViewSwitch({ state }: { state: MapState }) {
  const { t, lang } = useI18n();
  const href = (view: MapState['view']) => pageHref(lang, '/map', writeState({ ...state, view }));
  return (
    <ul class="view-switch" aria-label={t('map.views')}>
      <li><a href={href('map')} aria-current={state.view === 'map' ? 'true' : undefined}>{t('map.view.map')}</a></li>
      <li><a href={href('table')} aria-current={state.view === 'table' ? 'true' : undefined}>{t('map.view.table')}</a></li>
    </ul>
  );
}

function DayInput({ value, onChange }: { value: string; onChange: (day: string) => void }) {
  const { t } = useI18n();
  return (
    <div class="control">
      <label for="map-on">{t('map.on')}</label>
      <input id="map-on" type="date" name="on" value={value} onChange={(e) => { if (isCalendarDate(e.currentTarget.value)) onChange(e.currentTarget.value); }} />
    </div>
  );
}

/**
 * The map: destinations of the Americas shaded by how many pathways are open there on a day, for
 * nationals of a chosen country (or anyone) and of a chosen type; a country opens its pathways
 * in the explorer. The same figures as a table, and the whole state, are in the URL.
 */
export default function MapPage() {
  const { t, lang, country, date, list } = useI18n();
  const { query, route } = useLocation();
  useTitle(t('map.title'));
  const state = readState(query);
  const day = state.on ?? localToday();
  const go = (next: MapState) => route(pageHref(lang, '/map', writeState(next)));
  // The answer carries the choice it answers, so what is shown and said always agree while the next loads.
  const [open, retry] = useApi(async (signal) => {
    const shown = { ...state, on: day };
    const items = await allPathways({ lang, open_on: day, nationality: state.nationality ? [state.nationality] : [], type: state.type ? [state.type] : [] }, signal);
    return { shown, counts: byDestination(items) };
  }, [lang, day, state.nationality, state.type]);
  const MapView = useAmericasMap();
  const shown = open.data?.shown ?? { ...state, on: day };
  const counts = open.data?.counts ?? new Map<string, DestinationCount>();
  const rows = [...counts.values()].sort((a, b) => b.count - a.count || country(a.code).localeCompare(country(b.code), lang));
  const scale = shadeScale(Math.max(0, ...rows.map((r) => r.count)));
  const href = (code: string) => pageHref(lang, '/explorer', explorerQuery(shown, code, shown.on));
  const label = (code: string) => {
    const d = counts.get(code);
    const count = t('map.country', { country: country(code), count: d?.count ?? 0 });
    if (!d) return count;
    const types = Object.entries(d.byType).map(([type, n]) => t('map.typeCount', { type: t(`type.${type}` as MessageKey), count: n ?? 0 }));
    return t('map.countryTypes', { count, types: list(types) });
  };
  const whose = shown.nationality ? t('map.for', { nationality: country(shown.nationality) }) : t('map.forAnyone');
  const kind = shown.type ? t(`type.${shown.type}` as MessageKey) : t('map.filter.allTypes');
  const caption = t('map.caption', { date: date(shown.on), whose, kind });

  return (
    <div class="page map-page">
      <h1>{t('map.title')}</h1>
      <p class="lead">{t('map.lead')}</p>
      <div class="map-controls">
        <NationalitySelect value={state.nationality} onChange={(nationality) => go({ ...state, nationality })} />
        <TypeSelect id="map-type" value={state.type} onChange={(type) => go({ ...state, type })} />
        <DayInput value={day} onChange={(on) => go({ ...state, on })} />
      </div>
      {open.state === 'failed' ? <ErrorNotice error={open.error} retry={retry} /> : null}
      {open.data ? (
        <section class="map-result" aria-labelledby="map-status" aria-busy={open.state === 'loading' ? 'true' : undefined}>
          <p id="map-status" role="status">{t('map.status', { count: rows.length, date: date(shown.on), whose })}</p>
          <ViewSwitch state={state} />
          {state.view === 'map' ? (
            <figure class="map-figure">
              {MapView ? (
                <MapView shade={(code) => shadeIndex(counts.get(code)?.count ?? 0, scale)} label={label} name={caption}
                  href={(code) => (counts.has(code) ? href(code) : undefined)} onPick={(code) => route(href(code))} />
              ) : <Loading />}
              <figcaption>
                <ShadeLegend scale={scale} title={t('map.legend')} />
                <p>{caption}</p>
                <p class="hint">{t('map.hint')}</p>
              </figcaption>
            </figure>
          ) : <DestinationsTable rows={rows} caption={caption} href={href} />}
        </section>
      ) : open.state === 'loading' ? <Loading /> : null}
    </div>
  );
}
