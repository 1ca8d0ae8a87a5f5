import type { Window } from './load.js';
import { HEAP_GROWTH_LIMIT, RSS_PEAK_GROWTH_LIMIT, type RssPeaks } from './memory.js';

/** Issue 5's goals for each benchmarked Vías route. */
export const GOALS = { ratio: 0.4, p99Ms: 25 } as const;

const MiB = 1024 * 1024;
const int = (n: number) => Math.round(n).toLocaleString('en');
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

/** One line per measured window, as it finishes. */
export function windowLine(w: Window): string {
  return `  round ${w.round} ${w.scenario.padEnd(12)} ${int(w.reqPerSec).padStart(7)} req/s  p50 ${w.p50} ms  p99 ${w.p99} ms  max ${w.max} ms  `
    + `errors ${w.errors}  non-2xx ${w.non2xx}  server CPU ${Math.round(w.serverCpu * 100)} %, ${int(w.cpuPerRequest)} µs/request`;
}

/** A scenario's windows summed over the rounds. */
export interface Totals {
  scenario: string;
  reqPerSec: number;
  p50: number;
  /** The worst round's p99. */
  p99: number;
  errors: number;
  non2xx: number;
  serverCpu: number;
  cpuPerRequest: number;
}

export function totals(scenario: string, windows: readonly Window[]): Totals {
  const mine = windows.filter((w) => w.scenario === scenario);
  const seconds = mine.reduce((s, w) => s + w.seconds, 0);
  return {
    scenario,
    reqPerSec: mine.reduce((s, w) => s + w.requests, 0) / seconds,
    p50: median(mine.map((w) => w.p50)),
    p99: Math.max(...mine.map((w) => w.p99)),
    errors: mine.reduce((s, w) => s + w.errors, 0),
    non2xx: mine.reduce((s, w) => s + w.non2xx, 0),
    serverCpu: mine.reduce((s, w) => s + w.serverCpu * w.seconds, 0) / seconds,
    cpuPerRequest: mine.reduce((s, w) => s + w.cpuPerRequest * w.requests, 0) / Math.max(1, mine.reduce((s, w) => s + w.requests, 0)),
  };
}

/** The summary table (Markdown, so it can be pasted into bench/README.md). */
export function summaryTable(all: readonly Totals[], hello: Totals): string[] {
  return [
    '| scenario | req/s | × hello world | p50 ms (median) | p99 ms (worst round) | errors | non-2xx | server CPU | server CPU µs/request |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...all.map((t) => `| ${t.scenario} | ${int(t.reqPerSec)} | ×${(t.reqPerSec / hello.reqPerSec).toFixed(2)} | ${t.p50} | ${t.p99} | ${t.errors} | ${t.non2xx} | ${Math.round(t.serverCpu * 100)} % | ${int(t.cpuPerRequest)} |`),
  ];
}

/** PASS/FAIL of each goal for one route; `ok` is false when any failed. */
export function goalLines(route: Totals, hello: Totals, roundRatios: number[]): { lines: string[]; ok: boolean } {
  const ratio = route.reqPerSec / hello.reqPerSec;
  const checks = [
    [ratio >= GOALS.ratio, `req/s ≥ ${GOALS.ratio * 100} % of hello world`, `×${ratio.toFixed(2)} (rounds: ${roundRatios.map((r) => `×${r.toFixed(2)}`).join(', ')})`],
    [route.p99 <= GOALS.p99Ms, `p99 ≤ ${GOALS.p99Ms} ms`, `${route.p99} ms`],
    [route.errors === 0 && route.non2xx === 0, 'no errors, no non-2xx', `${route.errors} errors, ${route.non2xx} non-2xx`],
  ] as const;
  return {
    lines: checks.map(([ok, goal, got]) => `  ${verdict(ok)}  ${route.scenario}: ${goal.padEnd(30)} ${got}`),
    ok: checks.every(([ok]) => ok),
  };
}

/** PASS/FAIL of memory stability for the Vías server (memory.ts says how it is judged). */
export function memoryLines(rss: RssPeaks, heapAfterGc: readonly number[], heapOk: boolean): { lines: string[]; ok: boolean } {
  const heaps = heapAfterGc.map((b) => (b / MiB).toFixed(1)).join(' → ');
  const rssLimit = `${RSS_PEAK_GROWTH_LIMIT.fraction * 100} % or ${RSS_PEAK_GROWTH_LIMIT.bytes / MiB} MiB`;
  const heapLimit = `${HEAP_GROWTH_LIMIT.fraction * 100} % or ${HEAP_GROWTH_LIMIT.bytes / MiB} MiB`;
  return {
    lines: [
      `  ${verdict(rss.ok)}  memory: peak RSS of the soak's second half within ${rssLimit} of the first's: ${(rss.firstHalf / MiB).toFixed(0)} → ${(rss.secondHalf / MiB).toFixed(0)} MiB`,
      `  ${verdict(heapOk)}  memory: heap after a full GC, warm-up then each window, ends within ${heapLimit} and does not grow at every step: ${heaps} MiB`,
    ],
    ok: rss.ok && heapOk,
  };
}
