import autocannon from 'autocannon';
import type { Scenario } from './scenarios.js';
import type { ServerProcess } from './servers.js';

/** One scenario's figures over one window of load. */
export interface Window {
  scenario: string;
  round: number;
  seconds: number;
  requests: number;
  reqPerSec: number;
  p50: number;
  p99: number;
  max: number;
  /** Socket errors and timeouts (autocannon `errors` counts both). */
  errors: number;
  non2xx: number;
  /** Share of one core the server used during the window. */
  serverCpu: number;
  /** Server CPU time per answered request, in µs: steadier than req/s on a shared machine. */
  cpuPerRequest: number;
}

/** Runs `scenario` against `server` for `seconds` with `connections` connections. */
export async function runWindow(scenario: Scenario, server: ServerProcess, seconds: number, connections: number, round: number): Promise<Window> {
  const cpuBefore = server.cpuSeconds();
  const result = await autocannon({ url: server.url, connections, pipelining: 1, duration: seconds, requests: scenario.requests });
  const cpuSeconds = server.cpuSeconds() - cpuBefore;
  return {
    scenario: scenario.name,
    round,
    seconds: result.duration,
    requests: result['2xx'],
    reqPerSec: result['2xx'] / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    errors: result.errors,
    non2xx: result.non2xx,
    serverCpu: cpuSeconds / result.duration,
    cpuPerRequest: (cpuSeconds * 1e6) / Math.max(1, result['2xx']),
  };
}
