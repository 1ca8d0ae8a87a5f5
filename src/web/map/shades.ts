/** A class of a legend: counts from `from` to `to`, both included. */
export interface ShadeClass {
  from: number;
  to: number;
}

/** How many shades the stylesheet has beyond "none" (`shade-1`…`shade-4`). */
export const SHADES = 4;

/**
 * The legend of counts from 0 to `max`: "none", then at most four classes of equal width, so the
 * darkest shade always means the largest counts on the page and each class is a readable range.
 *
 * @example shadeScale(8) // [0–0, 1–2, 3–4, 5–6, 7–8]
 * @example shadeScale(3) // [0–0, 1–1, 2–2, 3–3]
 */
export function shadeScale(max: number): ShadeClass[] {
  const top = Math.max(0, Math.floor(max));
  const classes: ShadeClass[] = [{ from: 0, to: 0 }];
  const width = Math.ceil(top / SHADES);
  for (let from = 1; from <= top; from += width) classes.push({ from, to: Math.min(from + width - 1, top) });
  return classes;
}

/**
 * The index of the class of `scale` that `count` falls in (`shade-<index>` in the stylesheet);
 * a count beyond the scale takes its darkest class.
 */
export function shadeIndex(count: number, scale: readonly ShadeClass[]): number {
  const index = scale.findIndex((c) => count >= c.from && count <= c.to);
  return index < 0 ? (count > 0 ? scale.length - 1 : 0) : index;
}
