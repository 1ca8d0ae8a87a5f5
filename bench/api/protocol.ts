/**
 * What the benchmark's parent and its server processes say to each other over the IPC channel
 * of `fork()`: the server announces its port, and answers memory probes (optionally after a full
 * garbage collection, which needs `--expose-gc`).
 */
export type ServerMessage =
  | { type: 'ready'; port: number; note: string }
  | { type: 'memory'; sample: MemorySample };

export type ParentMessage = { type: 'memory'; gc: boolean };

export interface MemorySample {
  /** Milliseconds since the server started. */
  at: number;
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
}

/** Makes this process answer the parent's memory probes (call once in each server). */
export function answerMemoryProbes(): void {
  const started = performance.now();
  process.on('message', (message: ParentMessage) => {
    if (message.type !== 'memory') return;
    const gc = (globalThis as { gc?: () => void }).gc;
    if (message.gc && gc) gc();
    const { rss, heapUsed, heapTotal, external } = process.memoryUsage();
    const reply: ServerMessage = { type: 'memory', sample: { at: performance.now() - started, rss, heapUsed, heapTotal, external } };
    process.send?.(reply);
  });
}

/** Tells the parent the server listens on `port`. */
export function announceReady(port: number, note: string): void {
  const message: ServerMessage = { type: 'ready', port, note };
  process.send?.(message);
}
