import { describe, expect, it } from 'vitest';
import { shadeIndex, shadeScale } from './shades.js';

const ranges = (max: number) => shadeScale(max).map((c) => (c.from === c.to ? `${c.from}` : `${c.from}–${c.to}`));

describe('web map: shade scale', () => {
  it('gives every count its own shade while there are at most four', () => {
    expect(ranges(0)).toEqual(['0']);
    expect(ranges(1)).toEqual(['0', '1']);
    expect(ranges(4)).toEqual(['0', '1', '2', '3', '4']);
  });

  it('groups larger counts into at most four ranges of equal width, the last ending at the maximum', () => {
    expect(ranges(8)).toEqual(['0', '1–2', '3–4', '5–6', '7–8']);
    expect(ranges(5)).toEqual(['0', '1–2', '3–4', '5']);
    expect(ranges(13)).toEqual(['0', '1–4', '5–8', '9–12', '13']);
  });

  it('covers every count from 0 to the maximum exactly once', () => {
    for (const max of [0, 1, 3, 7, 9, 17, 40]) {
      const scale = shadeScale(max);
      expect(scale.length).toBeLessThanOrEqual(5);
      for (let n = 0; n <= max; n += 1) expect(scale.filter((c) => n >= c.from && n <= c.to), `${n} of ${max}`).toHaveLength(1);
    }
  });

  it('shades nothing as 0, the largest count darkest, and a count beyond the scale darkest too', () => {
    const scale = shadeScale(8);
    expect(shadeIndex(0, scale)).toBe(0);
    expect(shadeIndex(1, scale)).toBe(1);
    expect(shadeIndex(6, scale)).toBe(3);
    expect(shadeIndex(8, scale)).toBe(4);
    expect(shadeIndex(12, scale)).toBe(4);
  });
});
