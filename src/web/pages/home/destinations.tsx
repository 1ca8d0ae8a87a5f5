import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso/router';
import { useI18n } from '../../i18n/i18n.js';
import type { AmericasMap } from '../../map/americas-map.js';
import { pageHref } from '../../routes.js';
import { Loading } from '../../ui/status.js';
import { SHADE_CLASSES, shadeOf } from './shades.js';

type MapComponent = typeof AmericasMap extends ComponentType<infer P> ? ComponentType<P> : never;

/** The map's code (d3-geo and the shapes) is a chunk of its own, fetched after the page shows. */
function useMapComponent(): MapComponent | null {
  const [Map, setMap] = useState<MapComponent | null>(null);
  useEffect(() => {
    let live = true;
    import('../../map/americas-map.js').then((m) => { if (live) setMap(() => m.AmericasMap); }, (error: unknown) => console.error(error));
    return () => { live = false; };
  }, []);
  return Map;
}

function Legend() {
  const { t, number } = useI18n();
  return (
    <ul class="legend" aria-hidden="true">
      {SHADE_CLASSES.map((c, i) => (
        <li key={i}>
          <span class={`swatch shade-${i}`} />
          {c.to === null ? t('home.map.atLeast', { from: c.from }) : c.from === c.to ? (c.from === 0 ? t('home.map.none') : number(c.from)) : t('home.map.range', { from: c.from, to: c.to })}
        </li>
      ))}
    </ul>
  );
}

/**
 * Where pathways are open today, by destination: a map of the Americas (`?view` absent) or the
 * same figures as a table (`?view=table`), chosen in the URL.
 */
export function Destinations({ counts, today }: { counts: Record<string, number>; today: string }) {
  const { t, lang, country, number } = useI18n();
  const { query, route } = useLocation();
  const view = query.view === 'table' ? 'table' : 'map';
  const Map = useMapComponent();
  const explorerHref = (code: string) => pageHref(lang, '/explorer', new URLSearchParams({ destination: code, open_on: today }).toString());
  const rows = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([code, n]) => ({ code, name: country(code), n }))
    .sort((a, b) => b.n - a.n || a.name.localeCompare(b.name, lang));
  const label = (code: string) => `${country(code)}: ${t('home.map.count', { count: counts[code] ?? 0 })}`;

  return (
    <section class="destinations" aria-labelledby="destinations-title">
      <h2 id="destinations-title">{t('home.map.title')}</h2>
      <p>{t('home.map.description')}</p>
      <ul class="view-switch" aria-label={t('home.map.views')}>
        <li><a href={pageHref(lang, '/')} aria-current={view === 'map' ? 'true' : undefined}>{t('home.map.viewMap')}</a></li>
        <li><a href={pageHref(lang, '/', 'view=table')} aria-current={view === 'table' ? 'true' : undefined}>{t('home.map.viewTable')}</a></li>
      </ul>
      {view === 'map' ? (
        <figure class="map-figure">
          {Map ? <Map shade={(code) => shadeOf(counts[code] ?? 0)} label={label} onPick={(code) => route(explorerHref(code))} /> : <Loading />}
          <figcaption>
            <Legend />
            <p>{t('home.map.caption', { count: rows.length })}</p>
          </figcaption>
        </figure>
      ) : (
        <table class="data-table" data-view="table">
          <caption>{t('home.map.tableCaption', { date: today })}</caption>
          <thead><tr><th scope="col">{t('home.map.destination')}</th><th scope="col" class="num">{t('home.map.openToday')}</th></tr></thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.code} data-country={r.code}>
                <th scope="row"><a href={explorerHref(r.code)}>{r.name}</a></th>
                <td class="num">{number(r.n)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
