/**
 * One engine in its own process, so that no engine runs on JIT feedback polluted by another:
 * builds the seeded inputs, warms up, then times one pass over the profiles and reports the
 * per-rule counts (over all profiles, and over the first `sample` profiles).
 */
import { AS_OF, benchmarkRules, syntheticProfiles } from './inputs.js';
import { ENGINES } from './engines.js';

export interface WorkerResult { seconds: number; counts: number[]; sampleCounts: number[]; profiles: number }

const [name, profileCount, sample] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4])];
const spec = ENGINES.find((e) => e.name === name);
if (!spec) throw new Error(`no engine named ${name}`);
const { rules } = benchmarkRules();
const profiles = syntheticProfiles(spec.slow ? sample : profileCount);
const run = spec.prepare(rules, AS_OF);

const warm = new Int32Array(rules.length);
for (const p of profiles.slice(0, Math.min(2_000, profiles.length))) await run(p, warm);

const counts = new Int32Array(rules.length);
let sampleCounts: number[] = [];
const start = process.hrtime.bigint();
for (let i = 0; i < profiles.length; i++) {
  if (i === sample) sampleCounts = Array.from(counts);
  const result = run(profiles[i] as Record<string, unknown>, counts);
  if (result) await result;
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
if (profiles.length <= sample) sampleCounts = Array.from(counts);
process.send?.({ seconds, counts: Array.from(counts), sampleCounts, profiles: profiles.length } satisfies WorkerResult);
