/**
 * Benchmark: the Vías rules engine against json-logic-js (the JsonLogic reference
 * implementation), json-logic-engine's compiled `build` mode (the fastest JsonLogic engine for
 * JavaScript) and json-rules-engine, on the catalogue's real criteria (replicated to ≥ 200 rules)
 * and seeded synthetic profiles. Each engine runs in its own process (bench/rules/worker.ts) so
 * that none runs on JIT state left by another, one at a time, in alternating order over rounds.
 * All engines must give identical per-rule counts; the slow ones (json-logic-js,
 * json-rules-engine, the interpreter) run on the first `sample` profiles and are checked there.
 * Prints profile×rule evaluations per second (median over rounds) and the ratios.
 *
 *   npm run bench:rules -- [profiles=1000000] [rounds=3] [sample=5000]
 */
import { fork } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { benchmarkRules } from './inputs.js';
import { ENGINES } from './engines.js';
import type { WorkerResult } from './worker.js';

const PROFILES = Number(process.argv[2] ?? 1_000_000);
const ROUNDS = Number(process.argv[3] ?? 3);
const SAMPLE = Math.min(PROFILES, Number(process.argv[4] ?? 5_000));
const worker = fileURLToPath(new URL('./worker.ts', import.meta.url));

function runWorker(name: string): Promise<WorkerResult> {
  return new Promise((resolve, reject) => {
    const child = fork(worker, [name, String(PROFILES), String(SAMPLE)], { execArgv: ['--import', 'tsx', '--max-old-space-size=8192'] });
    let result: WorkerResult | undefined;
    child.on('message', (m) => { result = m as WorkerResult; });
    child.on('error', reject);
    child.on('exit', (code) => (result ? resolve(result) : reject(new Error(`${name}: worker exited with ${String(code)}`))));
  });
}

const { rules, distinct } = benchmarkRules();
console.log(`${rules.length} rules (${distinct} criteria of the catalogue) · ${PROFILES.toLocaleString('en')} profiles (slow engines: the first ${SAMPLE.toLocaleString('en')}) · ${ROUNDS} rounds · Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}`);

const rates = new Map<string, number[]>(ENGINES.map((e) => [e.name, []]));
const results: { name: string; slow: boolean; result: WorkerResult }[] = [];
for (let round = 0; round < ROUNDS; round++) {
  for (const engine of round % 2 === 0 ? ENGINES : [...ENGINES].reverse()) {
    if (process.stdout.isTTY) process.stdout.write(`  round ${round + 1}/${ROUNDS}: ${engine.name}…\r`);
    const result = await runWorker(engine.name);
    results.push({ name: engine.name, slow: engine.slow, result });
    rates.get(engine.name)?.push((result.profiles * rules.length) / result.seconds);
    if (process.stdout.isTTY) process.stdout.write(' '.repeat(70) + '\r');
  }
}
// Fast engines must agree over all profiles; slow ones with them over the first `sample`.
const reference = results.find((r) => !r.slow);
for (const { name, slow, result } of results) {
  const [mine, theirs] = slow ? [result.sampleCounts, reference?.result.sampleCounts] : [result.counts, reference?.result.counts];
  const r = mine.findIndex((x, i) => x !== theirs?.[i]);
  if (r >= 0) throw new Error(`${name} and ${reference?.name} disagree on rule ${r}: ${mine[r]} vs ${theirs?.[r]}`);
}
console.log('identical per-rule counts across all engines ✓');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const rate = (name: string) => median(rates.get(name) ?? []);
const js = rate(ENGINES[0]!.name);
const jle = rate('json-logic-engine 5 build');
console.log(`${'engine'.padEnd(36)} ${'M evals/s'.padStart(10)}  ${'vs json-logic-js'.padStart(16)}  ${'vs json-logic-engine'.padStart(20)}`);
for (const engine of ENGINES) {
  const r = rate(engine.name);
  console.log(`${engine.name.padEnd(36)} ${(r / 1e6).toFixed(2).padStart(10)}  ${('×' + (r / js).toFixed(2)).padStart(16)}  ${('×' + (r / jle).toFixed(2)).padStart(20)}`);
}
const best = Math.max(rate('vias compiled rules, 3-valued'), rate('vias compiled catalogue, 3-valued'));
console.log(`goal, three-valued: ≥ ×2 json-logic-engine → ×${(best / jle).toFixed(2)} ${best / jle >= 2 ? '✓' : '✗'}; ≥ ×25 json-logic-js → ×${(best / js).toFixed(2)} ${best / js >= 25 ? '✓' : '✗'}`);
