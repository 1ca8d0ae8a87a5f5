import { geoAzimuthalEqualArea, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import atlas from 'virtual:americas-atlas';

const WIDTH = 560;
const HEIGHT = 640;

// Projected once: an equal-area view centred on the Americas, so shaded areas compare fairly.
const countries = feature(atlas.topology, atlas.topology.objects.countries).features;
const projection = geoAzimuthalEqualArea().rotate([78, -8]).fitExtent([[8, 8], [WIDTH - 8, HEIGHT - 8]], { type: 'FeatureCollection', features: countries });
const path = geoPath(projection);
const shapes = countries.map((f) => ({ code: String(f.id), d: path(f) ?? '' }));
const dots = atlas.points.flatMap(([code, lon, lat]) => {
  const at = projection([lon, lat]);
  return at ? [{ code, x: at[0], y: at[1] }] : [];
});

/** Which shade a country takes: an index into the legend's classes. */
export type Shade = (code: string) => number;

/**
 * The Americas, each country filled by `shade(code)` (CSS classes `shade-0`…), countries too
 * small at this scale drawn as dots. Decorative for assistive technology: the page gives the same
 * figures as a table. `onPick` opens a country (mouse and touch; keyboard users have the table).
 */
export function AmericasMap({ shade, label, onPick }: { shade: Shade; label: (code: string) => string; onPick?: (code: string) => void }) {
  return (
    <svg class="americas-map" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" focusable="false">
      {shapes.map((s) => (
        <path key={s.code} d={s.d} class={`country shade-${shade(s.code)}`} data-country={s.code} onClick={onPick ? () => onPick(s.code) : undefined}>
          <title>{label(s.code)}</title>
        </path>
      ))}
      {dots.map((p) => (
        <circle key={p.code} cx={p.x} cy={p.y} r={4} class={`country dot shade-${shade(p.code)}`} data-country={p.code} onClick={onPick ? () => onPick(p.code) : undefined}>
          <title>{label(p.code)}</title>
        </circle>
      ))}
    </svg>
  );
}
