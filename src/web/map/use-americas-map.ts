import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { AmericasMap } from './americas-map.js';

export type AmericasMapComponent = typeof AmericasMap extends ComponentType<infer P> ? ComponentType<P> : never;

/**
 * The map component, or null until its chunk (d3-geo and the shapes) has arrived: a page shows
 * first and draws the map after.
 */
export function useAmericasMap(): AmericasMapComponent | null {
  const [component, setComponent] = useState<AmericasMapComponent | null>(null);
  useEffect(() => {
    let live = true;
    import('./americas-map.js').then((m) => { if (live) setComponent(() => m.AmericasMap); }, (error: unknown) => console.error(error));
    return () => { live = false; };
  }, []);
  return component;
}
