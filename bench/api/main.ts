/**
 * Benchmark of issue 5: `GET /api/pathways?destination=CO&lang=es` and `POST /api/check` against
 * a bare Fastify hello world in the same run. Each server runs in its own process (forked, under
 * tsx as `vias serve` runs), the load generator (autocannon, 50 connections) in this one; by
 * default the servers are pinned to core 0 and autocannon to core 1. After a warm-up, each round
 * loads every scenario for `--duration` seconds, in alternating order between rounds, while the
 * Vías server's memory is sampled; its heap is measured after a full GC between windows.
 * Prints each window, a Markdown summary and PASS/FAIL per goal; exits 1 when a goal fails.
 *
 *   npm run bench:api -- [--duration 60] [--rounds 2] [--warmup 5] [--gzip] [--help]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { join } from 'node:path';
import { parseOptions, USAGE, type BenchOptions } from './args.js';
import { runWindow, type Window } from './load.js';
import type { MemorySample } from './protocol.js';
import { heapStable, rssPeaks, sampleWhile } from './memory.js';
import { checkRequests } from './profiles.js';
import { goalLines, memoryLines, summaryTable, totals, windowLine } from './report.js';
import { scenarios, type Scenario, type ServerName } from './scenarios.js';
import { pinToCore, startServer, type ServerProcess } from './servers.js';

/** POST /api/check allows 60 calls a minute per address; all of autocannon's come from 127.0.0.1. */
const CHECK_LIMIT = 1_000_000_000;
const SAMPLE_EVERY_MS = 500;

function options(): BenchOptions {
  try {
    const parsed = parseOptions(process.argv.slice(2));
    if (parsed !== 'help') return parsed;
    console.log(USAGE);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  process.exit(0);
}

/** Asks every distinct request of every scenario once: all must answer 200 before load starts. */
async function preflight(list: readonly Scenario[], servers: Record<ServerName, ServerProcess>): Promise<void> {
  for (const scenario of list) {
    const sizes: number[] = [];
    for (const r of scenario.requests) {
      const init: RequestInit = { method: r.method ?? 'GET', ...(r.headers ? { headers: r.headers as Record<string, string> } : {}), ...(r.body ? { body: r.body as string } : {}) };
      const res = await fetch(servers[scenario.server].url + (r.path ?? '/'), init);
      const body = await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${scenario.name}: ${r.method} ${r.path} answered ${res.status}: ${Buffer.from(body).toString()}`);
      sizes.push(body.byteLength);
    }
    const [min, max] = [Math.min(...sizes), Math.max(...sizes)];
    console.log(`  ${scenario.name.padEnd(12)} ${scenario.label}: 200, ${min === max ? min : `${min}–${max}`} bytes${scenario.requests[0]?.headers?.['accept-encoding'] ? ' decoded, sent gzipped' : ''}`);
  }
}

const opts = options();
const checks = checkRequests(opts.profiles);
const list = scenarios(checks, opts.gzip).filter((s, i) => i === 0 || !opts.only || s.name === opts.only);
if (list.length < 2) throw new Error(`--only: no scenario is named '${opts.only}'`);
const tmp = opts.db ? undefined : mkdtempSync(join(os.tmpdir(), 'vias-bench-'));
const dbFile = opts.db ?? join(tmp!, 'vias.db');
const autocannonVersion = (createRequire(import.meta.url)('autocannon/package.json') as { version: string }).version;

const hello = await startServer('hello world', './hello-server.ts', []);
const profiling = opts.cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${opts.cpuProf}`] : [];
const vias = await startServer('vias', './vias-server.ts', [dbFile, opts.log, String(CHECK_LIMIT)], profiling);
const servers: Record<ServerName, ServerProcess> = { hello, vias };
try {
  const pinned = opts.pin && os.cpus().length >= 2 && pinToCore(hello.pid, 0) && pinToCore(vias.pid, 0) && pinToCore(process.pid, 1);
  const perScenario = opts.rounds * opts.duration;
  console.log(`Vías API benchmark · Node ${process.version} · ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'} · autocannon ${autocannonVersion}, ${opts.connections} connections`);
  console.log(`${opts.rounds} round(s) × ${opts.duration} s per scenario (${perScenario} s each, after ${opts.warmup} s of warm-up); order alternates between rounds; `
    + `${pinned ? 'servers pinned to core 0, autocannon to core 1' : 'not pinned'}; about ${Math.ceil((list.length * (perScenario + opts.warmup)) / 60)} min`);
  console.log(`  hello world: ${hello.note}`);
  console.log(`  vias:        ${vias.note}`);
  console.log(`  ! the rate limit of POST /api/check (60/min per address) is raised to ${CHECK_LIMIT.toLocaleString('en')}/min through AppDeps.limits: every connection comes from 127.0.0.1`);
  console.log(`  check bodies: ${checks.length} distinct profiles and dates from data/scenarios (${checks[0]?.from} … ${checks[checks.length - 1]?.from}), languages en/es/pt/fr in turn`);

  console.log('preflight (every distinct request once):');
  await preflight(list, servers);
  if (opts.warmup > 0) {
    for (const scenario of list) await runWindow(scenario, servers[scenario.server], opts.warmup, opts.connections, 0);
    console.log(`warm-up: ${opts.warmup} s per scenario, not recorded`);
  }

  const heapAfterGc = [(await vias.memory(true)).heapUsed];
  const windows: Window[] = [];
  const rss: MemorySample[] = [];
  for (let round = 1; round <= opts.rounds; round++) {
    for (const scenario of round % 2 === 1 ? list : [...list].reverse()) {
      const server = servers[scenario.server];
      if (scenario.server === 'vias') {
        const { result, samples } = await sampleWhile(server, SAMPLE_EVERY_MS, runWindow(scenario, server, opts.duration, opts.connections, round));
        windows.push(result);
        rss.push(...samples);
        heapAfterGc.push((await server.memory(true)).heapUsed);
      } else {
        windows.push(await runWindow(scenario, server, opts.duration, opts.connections, round));
      }
      console.log(windowLine(windows[windows.length - 1]!));
    }
  }

  const all = list.map((s) => totals(s.name, windows));
  const reference = all[0]!;
  console.log('\nsummary:');
  summaryTable(all, reference).forEach((line) => console.log(line));
  console.log('\ngoals (issue 5):');
  let ok = true;
  for (const route of all.slice(1)) {
    const ratios = Array.from({ length: opts.rounds }, (_, i) => {
      const rate = (name: string) => windows.find((w) => w.scenario === name && w.round === i + 1)?.reqPerSec ?? Number.NaN;
      return rate(route.scenario) / rate(reference.scenario);
    });
    const goals = goalLines(route, reference, ratios);
    goals.lines.forEach((line) => console.log(line));
    ok &&= goals.ok;
  }
  const mem = memoryLines(rssPeaks(rss), heapAfterGc, heapStable(heapAfterGc));
  mem.lines.forEach((line) => console.log(line));
  ok &&= mem.ok;
  console.log(ok ? '\nall goals met' : '\nsome goals are not met');
  process.exitCode = ok ? 0 : 1;
} finally {
  await Promise.all([hello.stop(), vias.stop()]);
  if (tmp) rmSync(tmp, { recursive: true, force: true });
  if (opts.cpuProf) console.log(`the Vías server's CPU profile is in ${opts.cpuProf}/ (open it in Chrome DevTools › Performance)`);
}
