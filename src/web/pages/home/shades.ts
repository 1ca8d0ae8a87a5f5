/** The classes of the map's legend: pathways open today, 0, 1, 2, 3–4, 5 or more. */
export const SHADE_CLASSES: readonly { from: number; to: number | null }[] = [
  { from: 0, to: 0 }, { from: 1, to: 1 }, { from: 2, to: 2 }, { from: 3, to: 4 }, { from: 5, to: null },
];

/** The index of the class `count` falls in. */
export function shadeOf(count: number): number {
  const index = SHADE_CLASSES.findIndex((c) => count >= c.from && (c.to === null || count <= c.to));
  return index < 0 ? 0 : index;
}
