import { parseArgs } from 'node:util';

/** The benchmark's options; `npm run bench:api -- --help` lists them. */
export interface BenchOptions {
  /** Seconds of load per scenario and round: the soak window. */
  duration: number;
  rounds: number;
  warmup: number;
  connections: number;
  profiles: number;
  /** Send `Accept-Encoding: gzip` to the Vías routes, as a browser does. */
  gzip: boolean;
  /** Pin the servers to core 0 and the load generator to core 1 (when `taskset` exists and there are ≥ 2 cores). */
  pin: boolean;
  /** Where the Vías server writes its JSON access log. */
  log: string;
  /** SQLite file for the Vías server; a fresh one in a temporary folder by default. */
  db: string | undefined;
  /** Folder where the Vías server writes a V8 CPU profile (`node --cpu-prof`) when it stops. */
  cpuProf: string | undefined;
  /** Only this Vías scenario (with the hello world); all when undefined. */
  only: string | undefined;
}

export const USAGE = `npm run bench:api -- [options]

  --duration S     seconds of load per scenario in each round (the soak window)  [60]
  --rounds N       rounds; the order of the scenarios alternates between rounds  [2]
  --warmup S       seconds of unrecorded load per scenario before round 1        [5]
  --connections N  autocannon connections                                        [50]
  --profiles N     distinct POST /api/check bodies, rotated per request          [50]
  --gzip           send Accept-Encoding: gzip to the Vías routes, as browsers do
  --no-pin         do not pin servers to core 0 and autocannon to core 1
  --log FILE       the Vías server's JSON access log                             [/dev/null]
  --db FILE        the Vías server's SQLite file                                 [fresh, in $TMPDIR]
  --only NAME      only this Vías scenario (pathways or check), and the hello world
  --cpu-prof DIR   write the Vías server's CPU profile (node --cpu-prof) into DIR

Quick run while developing: npm run bench:api -- --duration 10 --rounds 1 --warmup 2`;

/** Parses `argv` (without node and the script); throws with the usage on a bad option. */
export function parseOptions(argv: string[]): BenchOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      duration: { type: 'string', default: '60' },
      rounds: { type: 'string', default: '2' },
      warmup: { type: 'string', default: '5' },
      connections: { type: 'string', default: '50' },
      profiles: { type: 'string', default: '50' },
      gzip: { type: 'boolean', default: false },
      'no-pin': { type: 'boolean', default: false },
      log: { type: 'string', default: '/dev/null' },
      db: { type: 'string' },
      'cpu-prof': { type: 'string' },
      only: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return 'help';
  const number = (name: 'duration' | 'rounds' | 'warmup' | 'connections' | 'profiles', min: number) => {
    const value = Number(values[name]);
    if (!Number.isInteger(value) || value < min) throw new Error(`--${name} must be a whole number ≥ ${min}, not '${values[name]}'\n\n${USAGE}`);
    return value;
  };
  return {
    duration: number('duration', 1),
    rounds: number('rounds', 1),
    warmup: number('warmup', 0),
    connections: number('connections', 1),
    profiles: number('profiles', 1),
    gzip: values.gzip,
    pin: !values['no-pin'],
    log: values.log,
    db: values.db,
    cpuProf: values['cpu-prof'],
    only: values.only,
  };
}
