/**
 * Benchmark: the Vías rules interpreter against json-logic-js (the JsonLogic reference
 * implementation), on the catalogue's real criteria replicated to ≥ 200 rules and seeded
 * synthetic profiles. Both engines must give identical per-rule counts; the run prints
 * evaluations per second and the ratio. Rounds alternate engines to even out machine noise.
 *
 *   npm run bench:rules -- [profiles=20000] [rounds=3]
 */
import jsonLogic from 'json-logic-js';
import { dataDir, readCatalogue } from '../src/catalogue/index.js';
import type { JsonLogic } from '../src/domain/index.js';
import { evaluate, isUnknown, truthy, yearsBetween } from '../src/rules/index.js';

const PROFILES = Number(process.argv[2] ?? 20_000);
const ROUNDS = Number(process.argv[3] ?? 3);
const AS_OF = '2022-06-01';

const { catalogue, issues } = readCatalogue(dataDir());
if (issues.length > 0) throw new Error('the catalogue is invalid; run `vias validate`');
const base = catalogue.pathways.flatMap((p) => p.eligibility.flatMap((v) => v.criteria.map((c) => c.rule)));
const rules: JsonLogic[] = Array.from({ length: Math.max(200, base.length) }, (_, i) => base[i % base.length] as JsonLogic);

// The same domain extensions, registered in json-logic-js.
jsonLogic.add_operation('as_of', () => AS_OF);
jsonLogic.add_operation('years_between', (a: string, b: string) => yearsBetween(a, b));
jsonLogic.add_operation('intersects', (a: unknown, b: unknown) => Array.isArray(a) && Array.isArray(b) && a.some((x) => b.includes(x)));

/** Mulberry32: a small seeded PRNG so every run sees the same profiles. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = prng(42);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
const NATIONS = ['VE', 'VE', 'VE', 'CO', 'HT', 'HT', 'CU', 'NI', 'EC', 'PE', 'HN', 'GT', 'SV', 'BR', 'AR', 'MX', 'US', 'CN', 'AF'];
const HOSTS = ['CO', 'CO', 'PE', 'EC', 'CL', 'BR', 'US', 'US', 'MX', 'AR', 'CR', 'PA', 'CA'];
const date = (from: number, to: number) => new Date(from + rand() * (to - from)).toISOString().slice(0, 10);
const T0 = Date.UTC(2010, 0, 1);
const T1 = Date.UTC(2024, 0, 1);
const profiles = Array.from({ length: PROFILES }, () => ({
  nationalities: rand() < 0.05 ? [pick(NATIONS), pick(NATIONS)] : [pick(NATIONS)],
  current_country: pick(HOSTS),
  entry_date: date(T0, T1),
  entry_regular: rand() < 0.6,
  birth_date: date(Date.UTC(1950, 0, 1), Date.UTC(2020, 0, 1)),
  has_valid_passport: rand() < 0.7,
  has_criminal_record: rand() < 0.03,
  sponsor_countries: rand() < 0.2 ? ['US'] : [],
  job_offer_countries: rand() < 0.1 ? [pick(HOSTS)] : [],
  family: rand() < 0.3 ? [{ country: pick(HOSTS), relationship: 'spouse', status: 'citizen' }] : [],
  occupation_sector: pick(['agriculture', 'construction', 'care', 'health', 'other']),
  current_status: pick(['none', 'visitor', 'temporary_resident', 'asylum_seeker']),
}));

type Engine = { name: string; run: (rule: JsonLogic, data: unknown) => boolean };
const engines: Engine[] = [
  { name: 'json-logic-js 2.0.5', run: (rule, data) => truthy(jsonLogic.apply(rule as never, data)) },
  { name: 'vias rules (standard)', run: (rule, data) => truthy(evaluate(rule, data, { kleene: false, asOf: AS_OF })) },
  { name: 'vias rules (three-valued)', run: (rule, data) => { const v = evaluate(rule, data, { kleene: true, asOf: AS_OF }); return !isUnknown(v) && truthy(v); } },
];

function measure(engine: Engine): { seconds: number; counts: number[] } {
  const counts = new Array<number>(rules.length).fill(0);
  const start = process.hrtime.bigint();
  for (const profile of profiles) {
    for (let r = 0; r < rules.length; r++) if (engine.run(rules[r] as JsonLogic, profile)) counts[r]! += 1;
  }
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, counts };
}

const times = new Map<string, number[]>(engines.map((e) => [e.name, []]));
let reference: number[] | undefined;
for (let round = 0; round < ROUNDS; round++) {
  for (const engine of round % 2 === 0 ? engines : [...engines].reverse()) {
    const { seconds, counts } = measure(engine);
    reference ??= counts;
    if (counts.some((c, i) => c !== reference?.[i])) throw new Error(`${engine.name} disagrees with json-logic-js on the per-rule counts`);
    times.get(engine.name)?.push(seconds);
  }
}

const evaluations = profiles.length * rules.length;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const peer = median(times.get(engines[0]!.name) ?? []);
console.log(`${rules.length} rules (${base.length} distinct criteria) × ${profiles.length} profiles = ${evaluations.toLocaleString('en')} evaluations, ${ROUNDS} rounds; identical counts ✓`);
for (const engine of engines) {
  const t = median(times.get(engine.name) ?? []);
  console.log(`${engine.name.padEnd(28)} ${(evaluations / t / 1e6).toFixed(2).padStart(7)} M evals/s   ×${(peer / t).toFixed(2)} vs json-logic-js`);
}
