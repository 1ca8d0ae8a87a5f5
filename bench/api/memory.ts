import type { MemorySample } from './protocol.js';
import type { ServerProcess } from './servers.js';

/**
 * Memory is judged on the Vías server over the whole soak (its windows in order). V8 lets the
 * heap, and with it the RSS, grow for tens of seconds before a full collection brings it down, so
 * neither a window's slope nor its last sample says much; two things do:
 * - the RSS *peaks*: the highest RSS of the soak's second half against that of its first half;
 * - the heap after a full GC, measured after the warm-up and after every window: a leak makes it
 *   grow at every step and end higher.
 */
export const RSS_PEAK_GROWTH_LIMIT = { fraction: 0.1, bytes: 16 * 1024 * 1024 };
export const HEAP_GROWTH_LIMIT = { fraction: 0.05, bytes: 2 * 1024 * 1024 };

/** Samples `server`'s memory every `everyMs` while `work` runs (without forcing a GC, which would stall requests). */
export async function sampleWhile<T>(server: ServerProcess, everyMs: number, work: Promise<T>): Promise<{ result: T; samples: MemorySample[] }> {
  const samples: MemorySample[] = [];
  let done = false;
  const sampling = (async () => {
    while (!done) {
      samples.push(await server.memory(false));
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  const result = await work.finally(() => { done = true; });
  await sampling;
  return { result, samples };
}

export interface RssPeaks {
  firstHalf: number;
  secondHalf: number;
  ok: boolean;
}

/**
 * The highest RSS of each half of the soak's samples (in time order), and whether the second
 * stayed within the limit of the first.
 *
 * @example rssPeaks(samples) // { firstHalf: 310e6, secondHalf: 305e6, ok: true }
 */
export function rssPeaks(samples: readonly MemorySample[]): RssPeaks {
  const middle = Math.floor(samples.length / 2);
  const peak = (xs: readonly MemorySample[]) => xs.reduce((m, s) => Math.max(m, s.rss), 0);
  const [firstHalf, secondHalf] = [peak(samples.slice(0, middle)), peak(samples.slice(middle))];
  const growth = secondHalf - firstHalf;
  return { firstHalf, secondHalf, ok: growth <= Math.max(RSS_PEAK_GROWTH_LIMIT.bytes, firstHalf * RSS_PEAK_GROWTH_LIMIT.fraction) };
}

/** True when the heap after GC ended within the limit of where it began and did not grow at every step. */
export function heapStable(afterGc: readonly number[]): boolean {
  const first = afterGc[0] ?? 0;
  const last = afterGc[afterGc.length - 1] ?? 0;
  const everyStepUp = afterGc.length > 2 && afterGc.every((b, i) => i === 0 || b > (afterGc[i - 1] ?? 0));
  return !everyStepUp && last - first <= Math.max(HEAP_GROWTH_LIMIT.bytes, first * HEAP_GROWTH_LIMIT.fraction);
}
