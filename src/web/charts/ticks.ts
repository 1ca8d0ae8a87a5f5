/**
 * Round steps for a value axis from 0 to `max`, about `count` of them: 1, 2 or 5 times a power
 * of ten, the top tick at or above `max` so no value leaves the chart.
 *
 * @example niceTicks(83_415, 5) // [0, 20000, 40000, 60000, 80000, 100000]
 */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0) || !Number.isFinite(max)) return [0, 1];
  const rough = max / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const ticks: number[] = [];
  // Rounded to the step's decimals, so 0.1 + 0.2 does not print as 0.30000000000000004.
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  for (let i = 0; ; i++) {
    const tick = Number((i * step).toFixed(decimals));
    ticks.push(tick);
    if (tick >= max) break;
  }
  return ticks;
}

/**
 * Which of `n` periods get a label on a time axis at most `room` labels wide: every `stride`-th,
 * starting at `offset` so that, on a line of months, labels fall on Januaries.
 */
export function labelStride(n: number, room: number): number {
  if (n <= room) return 1;
  for (const stride of [2, 3, 4, 6, 12, 24, 36, 60, 120]) if (Math.ceil(n / stride) <= room) return stride;
  return Math.ceil(n / room);
}
