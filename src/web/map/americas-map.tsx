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

interface Props {
  shade: Shade;
  label: (code: string) => string;
  /** Opens a country: on a click, and on Enter too for the countries that have an `href`. */
  onPick?: (code: string) => void;
  /**
   * Where a country's link leads, or undefined for a country with nothing to open. Given, the
   * map is no longer decorative: it is a group named `name`, each country with an href a link
   * in it, reached with Tab and named by `label`; the others are left to the table.
   */
  href?: (code: string) => string | undefined;
  /** The map's accessible name, when it has links. */
  name?: string;
}

type Place = { code: string; shape: 'path'; d: string } | { code: string; shape: 'dot'; x: number; y: number };
const places: Place[] = [
  ...shapes.map((s) => ({ code: s.code, shape: 'path' as const, d: s.d })),
  ...dots.map((p) => ({ code: p.code, shape: 'dot' as const, x: p.x, y: p.y })),
];

function Country({ place, shade, label, onPick, href }: { place: Place } & Props) {
  const link = href?.(place.code);
  const classes = `country${place.shape === 'dot' ? ' dot' : ''} shade-${shade(place.code)}`;
  const click = onPick && (!href || link) ? () => onPick(place.code) : undefined;
  const drawn = place.shape === 'path'
    ? <path class={classes} d={place.d} data-country={place.code} onClick={link ? undefined : click}>{link ? null : <title>{label(place.code)}</title>}</path>
    : <circle class={classes} cx={place.x} cy={place.y} r={4} data-country={place.code} onClick={link ? undefined : click}>{link ? null : <title>{label(place.code)}</title>}</circle>;
  if (!href) return drawn;
  if (!link) return <g aria-hidden="true">{drawn}</g>;
  // A link of the page's own router: a plain click stays in the app (Enter on a link clicks it).
  const open = (e: MouseEvent) => {
    if (!onPick || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey || e.button !== 0) return;
    e.preventDefault();
    onPick(place.code);
  };
  return (
    <a href={link} aria-label={label(place.code)} data-link={place.code} onClick={open}>
      <title>{label(place.code)}</title>
      {drawn}
    </a>
  );
}

/**
 * The Americas, each country filled by `shade(code)` (CSS classes `shade-0`…), countries too
 * small at this scale drawn as dots. Without `href` it is decorative for assistive technology
 * (the page gives the same figures as a table) and `onPick` answers mouse and touch; with
 * `href`, the countries it gives are links, usable from the keyboard.
 */
export function AmericasMap(props: Props) {
  const interactive = props.href !== undefined;
  return (
    <svg
      class="americas-map" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} focusable="false"
      {...(interactive ? { role: 'group', 'aria-label': props.name } : { 'aria-hidden': 'true' })}
    >
      {places.map((place) => <Country key={`${place.shape}-${place.code}`} place={place} {...props} />)}
    </svg>
  );
}
