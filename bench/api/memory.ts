import type { MemorySample } from './protocol.js';
import type { ServerProcess } from './servers.js';

/** Largest RSS growth allowed over the second half of a soak window (a fraction, or bytes if more). */
export const RSS_GROWTH_LIMIT = { fraction: 0.05, bytes: 8 * 1024 * 1024 };
/** Largest growth of the heap measured after a full GC, from after warm-up to the end. */
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

/**
 * How much `key` grew over the second half of the samples, in bytes and as a fraction of its mean
 * there: the least-squares slope times the half's length, so one GC spike does not decide it.
 *
 * @example secondHalfGrowth([{ at: 0, rss: 100 }, …, { at: 60_000, rss: 101 }], 'rss') // ≈ { bytes: 0.5, fraction: 0.005 }
 */
export function secondHalfGrowth(samples: readonly MemorySample[], key: 'rss' | 'heapUsed'): { bytes: number; fraction: number } {
  const half = samples.slice(Math.floor(samples.length / 2));
  if (half.length < 2) return { bytes: 0, fraction: 0 };
  const n = half.length;
  const meanT = half.reduce((s, x) => s + x.at, 0) / n;
  const meanY = half.reduce((s, x) => s + x[key], 0) / n;
  const covariance = half.reduce((s, x) => s + (x.at - meanT) * (x[key] - meanY), 0);
  const variance = half.reduce((s, x) => s + (x.at - meanT) ** 2, 0);
  const span = half[n - 1]!.at - half[0]!.at;
  const bytes = variance === 0 ? 0 : (covariance / variance) * span;
  return { bytes, fraction: bytes / meanY };
}

/** True when a window's RSS grew less than the limit over its second half. */
export const rssStable = (growth: { bytes: number; fraction: number }) => growth.fraction < RSS_GROWTH_LIMIT.fraction || growth.bytes < RSS_GROWTH_LIMIT.bytes;

/** True when the heap after GC ended no more than the allowed growth above where it began. */
export function heapStable(afterGc: readonly number[]): boolean {
  const first = afterGc[0] ?? 0;
  const last = afterGc[afterGc.length - 1] ?? 0;
  return last - first <= Math.max(HEAP_GROWTH_LIMIT.bytes, first * HEAP_GROWTH_LIMIT.fraction);
}
