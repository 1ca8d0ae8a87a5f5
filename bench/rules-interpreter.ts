/**
 * Benchmark: the Vías rules engine (interpreted and compiled) against json-logic-js (the JsonLogic
 * reference implementation) and json-logic-engine's compiled `build` mode, on the catalogue's real criteria replicated to ≥ 200 rules and seeded
 * synthetic profiles. Both engines must give identical per-rule counts; the run prints
 * evaluations per second and the ratio. Rounds alternate engines to even out machine noise.
 *
 *   npm run bench:rules -- [profiles=20000] [rounds=3]
 */
import { LogicEngine } from 'json-logic-engine';
import jsonLogic from 'json-logic-js';
import { dataDir, readCatalogue } from '../src/catalogue/index.js';
import type { JsonLogic } from '../src/domain/index.js';
import { compile, evaluate, isUnknown, truthy, yearsBetween } from '../src/rules/index.js';
import { seededRandom } from '../test/support/random.js';

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

const intersects = (a: unknown, b: unknown) => Array.isArray(a) && Array.isArray(b) && a.some((x) => b.includes(x));
const engine = new LogicEngine();
engine.addMethod('as_of', () => AS_OF);
engine.addMethod('years_between', ([a, b]: [string, string]) => yearsBetween(a, b), { deterministic: true });
engine.addMethod('intersects', ([a, b]: [unknown, unknown]) => intersects(a, b), { deterministic: true });
const built = rules.map((r) => engine.build(r as never) as (data: unknown) => unknown);
const compiled = rules.map((r) => compile(r));

const { rand, pick } = seededRandom(42);
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

/** Every engine answers "is rule r true for this profile?"; compiled engines index their build. */
type Engine = { name: string; run: (r: number, data: unknown) => boolean };
const kleene = { kleene: true, asOf: AS_OF };
const standard = { kleene: false, asOf: AS_OF };
const engines: Engine[] = [
  { name: 'json-logic-js 2.0.5', run: (r, data) => truthy(jsonLogic.apply(rules[r] as never, data)) },
  { name: 'json-logic-engine build', run: (r, data) => truthy((built[r] as (d: unknown) => unknown)(data)) },
  { name: 'vias interpreter (3-valued)', run: (r, data) => { const v = evaluate(rules[r] as JsonLogic, data, kleene); return !isUnknown(v) && truthy(v); } },
  { name: 'vias compiled (standard)', run: (r, data) => truthy(compiled[r]!(data, standard)) },
  { name: 'vias compiled (3-valued)', run: (r, data) => { const v = compiled[r]!(data, kleene); return !isUnknown(v) && truthy(v); } },
];

function measure(engine: Engine): { seconds: number; counts: number[] } {
  const counts = new Array<number>(rules.length).fill(0);
  const start = process.hrtime.bigint();
  for (const profile of profiles) {
    for (let r = 0; r < rules.length; r++) if (engine.run(r, profile)) counts[r]! += 1;
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
const fastestPeer = median(times.get(engines[1]!.name) ?? []);
console.log(`${rules.length} rules (${base.length} distinct criteria) × ${profiles.length} profiles = ${evaluations.toLocaleString('en')} evaluations, ${ROUNDS} rounds; identical counts ✓`);
for (const engine of engines) {
  const t = median(times.get(engine.name) ?? []);
  console.log(`${engine.name.padEnd(30)} ${(evaluations / t / 1e6).toFixed(2).padStart(7)} M evals/s   ×${(peer / t).toFixed(2)} vs json-logic-js   ×${(fastestPeer / t).toFixed(2)} vs json-logic-engine`);
}
