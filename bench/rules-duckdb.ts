/**
 * Benchmark: the catalogue's eligibility rules compiled to DuckDB SQL (src/rules/sql/to-sql.ts)
 * against the same eligibility written by hand in DuckDB SQL (bench/handwritten/), over a
 * population of synthetic profiles generated inside DuckDB. For every pathway whose rules are in
 * force on the evaluation date, both queries count the profiles that definitely qualify (every
 * criterion met; unknown is not counted). The counts must be identical for every pathway; the run
 * prints both times (median over rounds, alternating order, after a warm-up) and their ratio.
 *
 *   npm run bench:rules:sql -- [profiles=10000000] [rounds=3]
 */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { dataDir, readCatalogue } from '../src/catalogue/index.js';
import { versionInForce, type VariableDef } from '../src/domain/index.js';
import { toDuckdb } from '../src/rules/sql/to-sql.js';

const PROFILES = Number(process.argv[2] ?? 10_000_000);
const ROUNDS = Number(process.argv[3] ?? 3);
if (!Number.isInteger(PROFILES) || PROFILES < 1 || !Number.isInteger(ROUNDS) || ROUNDS < 1) {
  throw new Error('usage: tsx bench/rules-duckdb.ts [profiles=10000000] [rounds=3]');
}
/** The date with the most pathways in force (47 of 75 in the catalogue of 2026-11). */
const AS_OF = '2023-09-01';
/** Every random draw is hash(row, SEED, draw number): the same table on every run. */
const SEED = 20230901;
const HANDWRITTEN = new URL(`./handwritten/duckdb-${AS_OF}.sql`, import.meta.url);
const GOAL = 1.5;
const CHUNK = 500_000;

const fmt = (n: number) => n.toLocaleString('en');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const mib = (bytes: number) => `${fmt(Math.round(bytes / 2 ** 20))} MiB`;

// ── The pathways in force ───────────────────────────────────────────────────────────────────
const { catalogue, issues } = readCatalogue(dataDir());
if (issues.length > 0) throw new Error('the catalogue is invalid; run `vias validate`');
const { variables } = catalogue;
const inForce = catalogue.pathways.map((p) => ({ id: p.id, version: versionInForce(p.eligibility, AS_OF) }));
const open = inForce.flatMap(({ id, version }) => (version?.rules_known ? [{ id, criteria: version.criteria }] : []));
const closed = inForce.filter((p) => !p.version).length;
const rulesUnknown = inForce.filter((p) => p.version && !p.version.rules_known).length;
const criteriaCount = open.reduce((n, p) => n + p.criteria.length, 0);
console.log(`evaluation date ${AS_OF}: ${catalogue.pathways.length} pathways, ${open.length} in force with known rules (${criteriaCount} criteria), ${closed} closed, ${rulesUnknown} open with unknown rules`);

/** One predicate per pathway: every criterion of the version in force, Kleene AND. */
const predicates = open.map((p) => ({ id: p.id, sql: `(${p.criteria.map((c) => toDuckdb(c.rule, variables, AS_OF)).join(' AND ')})` }));
const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
const generatedSql = `SELECT ${predicates.map((p) => `count_if(${p.sql}) AS ${ident(p.id)}`).join(',\n  ')}\nFROM profiles`;
const unknownSql = `SELECT ${predicates.map((p) => `count_if(${p.sql} IS NULL) AS ${ident(p.id)}`).join(',\n  ')}\nFROM profiles`;
let handwrittenSql: string;
try {
  handwrittenSql = readFileSync(HANDWRITTEN, 'utf8').trim().replace(/;\s*$/, '');
} catch {
  throw new Error(`no hand-written query for ${AS_OF}: write ${HANDWRITTEN.pathname} with one count_if(...) AS "<pathway id>" for each of: ${open.map((p) => p.id).join(', ')}`);
}

// ── The synthetic population, generated inside DuckDB ───────────────────────────────────────
const list = (xs: readonly string[]) => `[${xs.map((x) => `'${x}'`).join(', ')}]`;
/** Weighted pools: an entry repeated w times is drawn w times as often. */
const pool = (weights: Record<string, number>) => Object.entries(weights).flatMap(([x, w]) => Array<string>(w).fill(x));
/** Draw number `k` of row `i` from a pool (its length inlined: len() of a literal costs per row). */
const pick = (xs: readonly string[], k: number | string) => `${list(xs)}[1 + (hash(i, ${SEED}, ${k}) % ${xs.length})::INTEGER]`;
const NATIONS = pool({
  VE: 30, CO: 8, HT: 8, CU: 6, NI: 5, HN: 5, GT: 5, SV: 4, MX: 4, EC: 4, PE: 3, DO: 2, BR: 2, AR: 2, US: 2, BO: 1,
  CL: 1, PY: 1, UY: 1, JM: 1, TT: 1, GY: 1, SR: 1, BZ: 1, LC: 1, DM: 1, GD: 1, AF: 1, UA: 1, CN: 1, IN: 1, SN: 1,
});
const HOSTS = pool({
  CO: 16, US: 14, PE: 9, MX: 8, EC: 5, CL: 5, BR: 5, AR: 3, CR: 4, PA: 3, CA: 2, DO: 2, GY: 1, TT: 1, UY: 1, BO: 1,
  HN: 2, GT: 3, SV: 2, NI: 1, HT: 2, VE: 4, CU: 1, ES: 2,
});
const FAMILY_COUNTRIES = pool({ US: 8, CO: 3, CL: 2, AR: 2, UY: 1, ES: 2, PE: 2, CA: 2, MX: 2, BR: 1, VE: 2, HT: 1 });
const SECTORS = pool({ agriculture: 12, construction: 15, care: 10, health: 5, hospitality: 15, manufacturing: 10, technology: 5, other: 28 });
const STATUSES = pool({ none: 35, visitor: 10, temporary_resident: 20, permanent_resident: 8, asylum_seeker: 12, refugee: 5, temporary_protection: 10 });

/** Macros shared by the column generators; `k` numbers the draw so columns are independent. */
const MACROS = [
  `CREATE OR REPLACE TEMP MACRO u(i, k) AS (hash(i, ${SEED}, k) % 1000000)::DOUBLE / 1000000`,
  'CREATE OR REPLACE TEMP MACRO iso(d) AS strftime(d, \'%Y-%m-%d\')',
  /** A day between two dates, uniform (skew 1) or skewed towards the later one (skew < 1). */
  'CREATE OR REPLACE TEMP MACRO day_between(i, k, a, b, skew) AS a::DATE + floor(pow(u(i, k), skew) * (b::DATE - a::DATE))::INTEGER',
  /** The last entry into the country of residence: 1990 to the evaluation date, mostly recent. */
  `CREATE OR REPLACE TEMP MACRO entry_day(i) AS day_between(i, 20, '1990-01-01', '${AS_OF}', 0.5)`,
  `CREATE OR REPLACE TEMP MACRO nationality(i) AS ${pick(NATIONS, 3)}`,
];

/** Realistic answers, per variable; absent answers (NULL) at the rate a finder sees them. */
const GENERATORS: Record<string, string> = {
  // 2 % unanswered, 0.3 % stateless, 5 % with a second nationality.
  nationalities: `CASE WHEN u(i, 1) < 0.02 THEN NULL WHEN u(i, 1) < 0.023 THEN []::VARCHAR[]
    WHEN u(i, 2) < 0.05 THEN list_distinct([nationality(i), ${pick(NATIONS, 4)}]) ELSE [nationality(i)] END`,
  // 1 % unanswered; 8 % still in their (first) country of nationality.
  current_country: `CASE WHEN u(i, 5) < 0.01 THEN NULL WHEN u(i, 6) < 0.08 THEN nationality(i) ELSE ${pick(HOSTS, 7)} END`,
  entry_date: 'CASE WHEN u(i, 8) < 0.10 THEN NULL ELSE iso(entry_day(i)) END',
  entry_regular: 'CASE WHEN u(i, 9) < 0.08 THEN NULL ELSE u(i, 10) < 0.6 END',
  // 3 % unanswered; ages 25 % 0–17, 65 % 18–49, 10 % 50–79 on the evaluation date.
  birth_date: `CASE WHEN u(i, 11) < 0.03 THEN NULL ELSE iso(DATE '${AS_OF}' - floor(365.25 * CASE
    WHEN u(i, 12) < 0.25 THEN 18 * u(i, 13) WHEN u(i, 12) < 0.90 THEN 18 + 32 * u(i, 13) ELSE 50 + 30 * u(i, 13) END)::INTEGER) END`,
  // 70 % never claimed asylum (absent); claims mostly within 900 days after entry.
  asylum_claim_date: `CASE WHEN u(i, 14) < 0.70 THEN NULL
    WHEN u(i, 15) < 0.85 THEN iso(least(DATE '${AS_OF}', entry_day(i) + floor(900 * u(i, 16))::INTEGER))
    ELSE iso(day_between(i, 17, '2012-01-01', '${AS_OF}', 1)) END`,
  ramv_registered: 'CASE WHEN u(i, 18) < 0.40 THEN NULL ELSE u(i, 19) < 0.15 END',
  has_valid_passport: 'CASE WHEN u(i, 21) < 0.05 THEN NULL ELSE u(i, 22) < 0.65 END',
  has_criminal_record: 'CASE WHEN u(i, 23) < 0.10 THEN NULL ELSE u(i, 24) < 0.03 END',
  sponsor_countries: `CASE WHEN u(i, 25) < 0.15 THEN NULL WHEN u(i, 26) < 0.20 THEN ['US']
    WHEN u(i, 26) < 0.23 THEN ['CA'] WHEN u(i, 26) < 0.25 THEN ['US', 'CA'] ELSE []::VARCHAR[] END`,
  // 10 % unanswered; 0–3 relatives abroad (55 % none).
  family: `CASE WHEN u(i, 27) < 0.10 THEN NULL ELSE list_transform(
    range(CASE WHEN u(i, 28) < 0.55 THEN 0 WHEN u(i, 28) < 0.80 THEN 1 WHEN u(i, 28) < 0.93 THEN 2 ELSE 3 END),
    lambda j: {'country': ${pick(FAMILY_COUNTRIES, '100 + 3 * j')},
               'relationship': ${pick(['spouse', 'child', 'parent', 'sibling'], '101 + 3 * j')},
               'status': ${pick(['citizen', 'citizen', 'permanent_resident', 'permanent_resident', 'temporary_resident', 'other'], '102 + 3 * j')}}) END`,
  job_offer_countries: `CASE WHEN u(i, 29) < 0.10 THEN NULL WHEN u(i, 30) < 0.10 THEN [${pick(HOSTS, 31)}]
    WHEN u(i, 30) < 0.13 THEN ['US'] ELSE []::VARCHAR[] END`,
  occupation_sector: `CASE WHEN u(i, 32) < 0.05 THEN NULL ELSE ${pick(SECTORS, 33)} END`,
  current_status: `CASE WHEN u(i, 34) < 0.05 THEN NULL ELSE ${pick(STATUSES, 35)} END`,
};

const fieldType = (type: string) => (type === 'number' ? 'DOUBLE' : type === 'boolean' ? 'BOOLEAN' : 'VARCHAR');
function columnType(v: VariableDef): string {
  if (v.type === 'country_list') return 'VARCHAR[]';
  if (v.type === 'object_list') return `STRUCT(${(v.fields ?? []).map((f) => `${ident(f.id)} ${fieldType(f.type)}`).join(', ')})[]`;
  return fieldType(v.type);
}

/** A variable added to variables.yaml after this benchmark was written: a plain distribution by type. */
function generic(v: VariableDef, k: number): string {
  const absent = `u(i, ${k}) < 0.10`;
  const options = (v.options ?? []).map((o) => o.value);
  const value = ({
    boolean: `u(i, ${k + 1}) < 0.5`,
    number: `floor(50 * u(i, ${k + 1}))`,
    date: `iso(day_between(i, ${k + 1}, '1990-01-01', '${AS_OF}', 1))`,
    country: pick(HOSTS, k + 1),
    country_list: `CASE WHEN u(i, ${k + 1}) < 0.7 THEN []::VARCHAR[] ELSE [${pick(HOSTS, k + 2)}] END`,
    enum: options.length > 0 ? pick(options, k + 1) : '',
    object_list: '[]',
  } as Record<string, string>)[v.type];
  if (!value) throw new Error(`no synthetic distribution for variable '${v.id}' (${v.type})`);
  return `CASE WHEN ${absent} THEN NULL ELSE ${value} END`;
}

const genericVariables = variables.filter((v) => !(v.id in GENERATORS)).map((v) => v.id);
const columns = variables.map((v, n) => `(${GENERATORS[v.id] ?? generic(v, 1000 + 10 * n)})::${columnType(v)} AS ${ident(v.id)}`);

async function generate(connection: DuckDBConnection): Promise<number> {
  for (const macro of MACROS) await connection.run(macro);
  await connection.run(`CREATE TABLE profiles (id BIGINT, ${variables.map((v) => `${ident(v.id)} ${columnType(v)}`).join(', ')})`);
  const start = performance.now();
  const tty = process.stdout.isTTY;
  let reported = 0;
  for (let from = 0; from < PROFILES; from += CHUNK) {
    const to = Math.min(PROFILES, from + CHUNK);
    await connection.run(`INSERT INTO profiles SELECT i AS id, ${columns.join(', ')} FROM range(${from}, ${to}) AS t(i)`);
    const line = `generating profiles in DuckDB: ${fmt(to)} / ${fmt(PROFILES)} (${Math.floor((100 * to) / PROFILES)} %), ${((performance.now() - start) / 1000).toFixed(1)} s`;
    if (tty) process.stdout.write(`\r${line}`);
    else if (to === PROFILES || Math.floor((10 * to) / PROFILES) > reported) console.log(line);
    reported = Math.floor((10 * to) / PROFILES);
  }
  if (tty) process.stdout.write('\n');
  return (performance.now() - start) / 1000;
}

// ── Run ─────────────────────────────────────────────────────────────────────────────────────
const threads = availableParallelism();
const instance = await DuckDBInstance.create(':memory:', { threads: String(threads) });
const connection = await instance.connect();
const version = (await connection.runAndReadAll('SELECT version() AS v')).getRowObjects()[0]?.v;
console.log(`DuckDB ${String(version)} in-memory, ${threads} threads; Node ${process.version}; seed ${SEED}`);
if (genericVariables.length > 0) console.log(`(variables with a plain distribution by type: ${genericVariables.join(', ')})`);

const generationSeconds = await generate(connection);
console.log(`${fmt(PROFILES)} profiles × ${variables.length} variables generated in ${generationSeconds.toFixed(1)} s; RSS ${mib(process.memoryUsage().rss)}`);

async function counts(sql: string): Promise<Map<string, number>> {
  const row = (await connection.runAndReadAll(sql)).getRowObjects()[0] ?? {};
  return new Map(Object.entries(row).map(([k, v]) => [k, Number(v)]));
}

async function measure(sql: string): Promise<{ seconds: number; counts: Map<string, number> }> {
  const start = performance.now();
  const result = await counts(sql);
  return { seconds: (performance.now() - start) / 1000, counts: result };
}

/** The hand-written query must count exactly what the compiled rules count, pathway by pathway. */
function check(generated: Map<string, number>, handwritten: Map<string, number>): void {
  const missing = open.filter((p) => !handwritten.has(p.id)).map((p) => p.id);
  const extra = [...handwritten.keys()].filter((id) => !generated.has(id));
  if (missing.length > 0 || extra.length > 0) {
    throw new Error(`${HANDWRITTEN.pathname} does not match the pathways in force on ${AS_OF}: missing ${missing.join(', ') || 'none'}; not in force ${extra.join(', ') || 'none'}`);
  }
  const wrong = open.filter((p) => generated.get(p.id) !== handwritten.get(p.id))
    .map((p) => `${p.id}: generated ${fmt(generated.get(p.id) ?? NaN)}, hand-written ${fmt(handwritten.get(p.id) ?? NaN)}`);
  if (wrong.length > 0) throw new Error(`the hand-written SQL disagrees with the compiled rules (update ${HANDWRITTEN.pathname}):\n  ${wrong.join('\n  ')}`);
}

const paths = [
  { name: 'generated (toDuckdb)', sql: generatedSql },
  { name: 'hand-written SQL', sql: handwrittenSql },
] as const;
const times = new Map<string, number[]>(paths.map((p) => [p.name, []]));
let eligible: Map<string, number> | undefined;
for (let round = -1; round < ROUNDS; round++) {
  const order = round % 2 === 0 || round < 0 ? paths : [...paths].reverse();
  const results = new Map<string, Map<string, number>>();
  for (const path of order) {
    const { seconds, counts: c } = await measure(path.sql);
    results.set(path.name, c);
    if (round >= 0) times.get(path.name)?.push(seconds);
  }
  eligible = results.get(paths[0].name) as Map<string, number>;
  check(eligible, results.get(paths[1].name) as Map<string, number>);
  console.log(round < 0 ? 'warm-up: identical counts for every pathway ✓' : `round ${round + 1}/${ROUNDS}: ${order.map((p) => `${p.name} ${(times.get(p.name)?.at(-1) ?? NaN).toFixed(2)} s`).join(', ')}`);
}

const unknown = await counts(unknownSql);
console.log('\npathway                                        eligible    unknown');
for (const p of open) {
  console.log(`${p.id.padEnd(44)} ${fmt(eligible?.get(p.id) ?? NaN).padStart(11)} ${fmt(unknown.get(p.id) ?? NaN).padStart(10)}`);
}

const tGenerated = median(times.get(paths[0].name) ?? []);
const tHandwritten = median(times.get(paths[1].name) ?? []);
const ratio = tGenerated / tHandwritten;
const evaluations = PROFILES * open.length;
console.log(`\n${fmt(PROFILES)} rows × ${open.length} pathways (${criteriaCount} criteria) on ${AS_OF}, ${ROUNDS} round${ROUNDS === 1 ? '' : 's'}, medians; identical counts ✓`);
console.log(`criteria evaluated per pass: ${fmt(PROFILES * criteriaCount)} (profile × criterion, before short-circuiting)`);
for (const [name, t] of [[paths[0].name, tGenerated], [paths[1].name, tHandwritten]] as const) {
  console.log(`${name.padEnd(22)} ${t.toFixed(2).padStart(7)} s   ${(evaluations / t / 1e6).toFixed(1).padStart(7)} M profile×pathway/s   ${(PROFILES * criteriaCount / t / 1e6).toFixed(1).padStart(7)} M criteria/s`);
}
console.log(`generated / hand-written: ×${ratio.toFixed(2)} (goal ≤ ×${GOAL}): ${ratio <= GOAL ? 'met ✓' : 'NOT met ✗'}`);
console.log(`RSS ${mib(process.memoryUsage().rss)}, peak ${mib(process.resourceUsage().maxRSS * 1024)}`);
connection.closeSync();
