import type { GeometryCollection, Topology } from 'topojson-specification';

/**
 * The map of the Americas the web app draws, made at build time from `world-atlas`
 * (Natural Earth, public domain) by atlas-plugin.ts: the 1:110m country shapes of the Americas,
 * ids as ISO alpha-2 codes, and a point for each country too small to have a shape at that scale
 * (most of the Caribbean), at its centroid on the 1:50m map.
 */
export interface AmericasAtlas {
  topology: Topology<{ countries: GeometryCollection }>;
  /** Countries drawn as a dot: [alpha-2, longitude, latitude]. */
  points: [code: string, lon: number, lat: number][];
}
