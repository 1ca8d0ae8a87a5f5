import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ApiExample } from './examples.js';

const SERVER_DIR = fileURLToPath(new URL('..', import.meta.url));

/**
 * Every `*.examples.ts` under src/server, so a new route's examples are found without a list
 * to update (for the contract and hostile-input tests).
 */
export async function allExamples(): Promise<ApiExample[]> {
  const files = readdirSync(SERVER_DIR, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.examples.ts')).sort();
  const modules = await Promise.all(files.map((f) => import(`${SERVER_DIR}/${f}`) as Promise<{ examples: ApiExample[] }>));
  return modules.flatMap((m) => m.examples);
}
