import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { MemorySample, ParentMessage, ServerMessage } from './protocol.js';

/** A server process forked by the benchmark. */
export interface ServerProcess {
  name: string;
  pid: number;
  url: string;
  /** What the server says it is (printed once). */
  note: string;
  /** Its memory now; after a full garbage collection when `gc` is true. */
  memory(gc: boolean): Promise<MemorySample>;
  /** CPU seconds (user + system) it has used so far, from /proc; NaN where /proc is missing. */
  cpuSeconds(): number;
  stop(): Promise<void>;
}

/**
 * Forks `script` (a .ts file next to this one) under tsx, as `vias serve` runs, with `--expose-gc`
 * so that memory can be measured after a collection (plus `execArgv`), and waits until it listens.
 */
export async function startServer(name: string, script: string, args: string[], execArgv: string[] = []): Promise<ServerProcess> {
  const path = fileURLToPath(new URL(script, import.meta.url));
  const child = fork(path, args, { execArgv: ['--import', 'tsx', '--expose-gc', ...execArgv], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const ready = await new Promise<Extract<ServerMessage, { type: 'ready' }>>((resolve, reject) => {
    child.on('message', (m: ServerMessage) => { if (m.type === 'ready') resolve(m); });
    child.once('exit', (code) => reject(new Error(`${name}: the server exited with ${String(code)} before listening`)));
    child.once('error', reject);
  });
  return {
    name,
    pid: child.pid!,
    url: `http://127.0.0.1:${ready.port}`,
    note: ready.note,
    memory: (gc) => probeMemory(child, gc),
    cpuSeconds: () => cpuSecondsOf(child.pid!),
    stop: () => stopChild(child),
  };
}

function probeMemory(child: ChildProcess, gc: boolean): Promise<MemorySample> {
  return new Promise((resolve) => {
    const onMessage = (m: ServerMessage) => {
      if (m.type !== 'memory') return;
      child.off('message', onMessage);
      resolve(m.sample);
    };
    child.on('message', onMessage);
    const message: ParentMessage = { type: 'memory', gc };
    child.send(message);
  });
}

/** utime + stime of a process, fields 14 and 15 of /proc/<pid>/stat, in clock ticks of 1/100 s. */
function cpuSecondsOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.disconnect();
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

/**
 * Pins every thread of process `pid` to `core` with taskset(1). Returns false when taskset is
 * missing or the machine has fewer cores than asked for.
 */
export function pinToCore(pid: number, core: number): boolean {
  try {
    execFileSync('taskset', ['-a', '-cp', String(core), String(pid)], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
