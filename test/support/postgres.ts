import { execFile, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { inject } from 'vitest';

/*
 * PostgreSQL for tests. The vitest global setup (postgres-global-setup.ts) starts one throwaway
 * cluster per run with startCluster, or uses the server at VIAS_TEST_POSTGRES_URL, and provides
 * its URL; each test file takes a database of its own on it with freshDatabase.
 */

declare module 'vitest' {
  export interface ProvidedContext {
    /** The test server's URL (its `postgres` database), or why there is none. */
    postgres: { url: string } | { error: string };
  }
}

export const POSTGRES_MISSING = 'PostgreSQL server binaries not found: install them (apt-get install postgresql) or set VIAS_TEST_POSTGRES_URL';

const run = promisify(execFile);

/** The bin/ folder of the newest PostgreSQL under /usr/lib/postgresql that has initdb and pg_ctl. */
function serverBinaries(root = '/usr/lib/postgresql'): string | undefined {
  if (!existsSync(root)) return undefined;
  return readdirSync(root)
    .sort((a, b) => Number(b) - Number(a))
    .map((version) => join(root, version, 'bin'))
    .find((bin) => existsSync(join(bin, 'initdb')) && existsSync(join(bin, 'pg_ctl')));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface Cluster {
  /** URL of the cluster's `postgres` database (user `postgres`, trust authentication). */
  url: string;
  /** Stops the server and deletes its files. */
  stop(): Promise<void>;
}

/**
 * Creates and starts a PostgreSQL cluster in a fresh temporary folder, listening on 127.0.0.1 at a
 * free port, without fsync. Root may not run the server, so as root the commands run as the
 * `postgres` user, who owns the folder. Throws POSTGRES_MISSING when there are no server binaries.
 */
export async function startCluster(): Promise<Cluster> {
  const bin = serverBinaries();
  if (!bin) throw new Error(POSTGRES_MISSING);
  const dir = await mkdtemp(join(tmpdir(), 'vias-pg-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
    await chown(dir, id('-u'), id('-g'));
  }
  const command = (tool: string, args: string[]): [string, string[]] =>
    asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]] : [join(bin, tool), args];
  const pgctl = (...args: string[]) => run(...command('pg_ctl', args), { cwd: dir });
  const data = join(dir, 'data');
  const log = join(dir, 'server.log');
  let running = false;
  const stopNow = () => {
    if (!running) return;
    running = false;
    try {
      execFileSync(...command('pg_ctl', ['stop', '-D', data, '-m', 'immediate', '-w']), { cwd: dir, stdio: 'ignore' });
    } catch { /* already stopped */ }
  };
  // If the run ends without its teardown (an interrupted vitest), do not leave a server behind.
  process.once('exit', stopNow);
  try {
    await run(...command('initdb', ['-D', data, '-A', 'trust', '--no-sync', '-U', 'postgres', '-E', 'UTF8', '--locale=C']), { cwd: dir });
    const port = await freePort();
    const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
    running = true;
    await pgctl('start', '-w', '-D', data, '-l', log, '-o', options);
    return {
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      stop: async () => {
        process.off('exit', stopNow);
        stopNow();
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    stopNow();
    const serverLog = existsSync(log) ? `\n${readFileSync(log, 'utf8')}` : '';
    await rm(dir, { recursive: true, force: true });
    throw new Error(`could not start a PostgreSQL cluster with ${bin}: ${(error as Error).message}${serverLog}`, { cause: error });
  }
}

export interface TestDatabase {
  /** URL of a new, empty database, for this test file only. */
  url: string;
  /** Drops the database (closing any connection still open to it). */
  drop(): Promise<void>;
}

async function onServer<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Creates a fresh database `t_<random>` on the run's test server. Fails, with what to install,
 * when the run has no server.
 */
export async function freshDatabase(): Promise<TestDatabase> {
  const server = inject('postgres');
  if ('error' in server) throw new Error(server.error);
  const name = `t_${randomBytes(6).toString('hex')}`;
  await onServer(server.url, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(server.url);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => { await onServer(server.url, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)); },
  };
}
