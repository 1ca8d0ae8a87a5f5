import type { TestProject } from 'vitest/node';
import { startCluster } from './postgres.js';

/**
 * Vitest global setup: one PostgreSQL server for the whole run, the one at VIAS_TEST_POSTGRES_URL
 * or a throwaway cluster, stopped and deleted at the end. Without one, the run still goes on and
 * only the tests that ask for a database fail, saying why (see freshDatabase).
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const given = process.env.VIAS_TEST_POSTGRES_URL;
  if (given) {
    project.provide('postgres', { url: given });
    return undefined;
  }
  try {
    const cluster = await startCluster();
    project.provide('postgres', { url: cluster.url });
    return cluster.stop;
  } catch (error) {
    project.provide('postgres', { error: (error as Error).message });
    return undefined;
  }
}
