import { geoCentroid } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import type { Plugin } from 'vite';
import countries110m from 'world-atlas/countries-110m.json' with { type: 'json' };
import countries50m from 'world-atlas/countries-50m.json' with { type: 'json' };
import { AMERICAS_NUMERIC } from './americas.js';
import type { AmericasAtlas } from './atlas-types.js';

type Countries = Topology<{ countries: GeometryCollection }>;
type Arcs = number | Arcs[];

/**
 * Keeps the geometries of `topology` whose id maps to an alpha-2 code in `codes` (and renames
 * them so), with only the arcs they use: the Americas at 1:110m are a quarter of the world file.
 */
export function pruneTopology(topology: Countries, codes: ReadonlyMap<string, string>): Countries {
  const kept = new Map<number, number>();
  const arcs: Countries['arcs'] = [];
  const remap = (index: number): number => {
    const arc = index < 0 ? ~index : index;
    let to = kept.get(arc);
    if (to === undefined) {
      to = arcs.length;
      kept.set(arc, to);
      arcs.push(topology.arcs[arc] ?? []);
    }
    return index < 0 ? ~to : to;
  };
  const walk = (a: Arcs): Arcs => (Array.isArray(a) ? a.map(walk) : remap(a));
  const geometries = topology.objects.countries.geometries
    .filter((g) => g.id !== undefined && codes.has(String(g.id)))
    .map((g) => ({ type: g.type, id: codes.get(String(g.id)), arcs: walk((g as { arcs: Arcs }).arcs) }) as GeometryObject);
  return { type: 'Topology', ...(topology.transform ? { transform: topology.transform } : {}), objects: { countries: { type: 'GeometryCollection', geometries } }, arcs };
}

/** The atlas: shapes of the Americas at 1:110m, and dots for those only the 1:50m map has. */
export function buildAmericasAtlas(): AmericasAtlas {
  const byNumeric = new Map(Object.entries(AMERICAS_NUMERIC).map(([alpha2, numeric]) => [numeric, alpha2]));
  const topology = pruneTopology(countries110m as unknown as Countries, byNumeric);
  const shaped = new Set(topology.objects.countries.geometries.map((g) => String(g.id)));
  const detailed = countries50m as unknown as Countries;
  const points: AmericasAtlas['points'] = [];
  for (const g of detailed.objects.countries.geometries) {
    const code = byNumeric.get(String(g.id));
    if (!code || shaped.has(code)) continue;
    const [lon, lat] = geoCentroid(feature(detailed, g));
    points.push([code, Math.round(lon * 100) / 100, Math.round(lat * 100) / 100]);
  }
  return { topology, points: points.sort((a, b) => a[0].localeCompare(b[0])) };
}

const ID = 'virtual:americas-atlas';

/** Vite plugin: `import atlas from 'virtual:americas-atlas'` gives `buildAmericasAtlas()`, made once per build. */
export function americasAtlas(): Plugin {
  return {
    name: 'vias-americas-atlas',
    resolveId: (source) => (source === ID ? `\0${ID}` : undefined),
    load: (id) => (id === `\0${ID}` ? `export default ${JSON.stringify(buildAmericasAtlas())};` : undefined),
  };
}
