import type autocannon from 'autocannon';
import type { CheckRequest } from './profiles.js';

/** Which forked server a scenario loads. */
export type ServerName = 'hello' | 'vias';

export interface Scenario {
  name: string;
  server: ServerName;
  /** The request as a reader would write it. */
  label: string;
  /** autocannon's request sequence; each connection cycles through it. */
  requests: autocannon.Request[];
}

/** The reference and the two routes of issue 5. */
export function scenarios(checks: readonly CheckRequest[], gzip: boolean): Scenario[] {
  const encoding: Record<string, string> = gzip ? { 'accept-encoding': 'gzip' } : {};
  return [
    { name: 'hello world', server: 'hello', label: 'GET / (bare Fastify)', requests: [{ method: 'GET', path: '/' }] },
    {
      name: 'pathways',
      server: 'vias',
      label: 'GET /api/pathways?destination=CO&lang=es',
      requests: [{ method: 'GET', path: '/api/pathways?destination=CO&lang=es', headers: encoding }],
    },
    {
      name: 'check',
      server: 'vias',
      label: `POST /api/check (${checks.length} profiles from data/scenarios, rotated)`,
      // Bodies built once: the load generator shares the machine, so it must do little per request.
      requests: checks.map((c) => ({ method: 'POST', path: '/api/check', headers: { 'content-type': 'application/json', ...encoding }, body: c.body })),
    },
  ];
}
