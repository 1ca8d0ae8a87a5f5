import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import type { Catalogue } from '../../catalogue/index.js';
import { createApp } from '../../server/app.js';
import { openStore, type StoreConfig } from '../../store/index.js';
import { EXIT, type Io } from '../io.js';
import { loadEverything } from './load.js';

/** The built web app (`npm run build:web`). */
export const WEB_ROOT = fileURLToPath(new URL('../../../dist/web', import.meta.url));

/**
 * `vias serve`: migrates the database, loads the bundled catalogue when the database does not
 * hold it yet, and serves the API and web app until interrupted.
 */
export async function serveCommand(io: Io, catalogue: Catalogue, data: string, store: StoreConfig, port: number): Promise<number> {
  const db = openStore(store);
  // Loading is idempotent (by content hash): a new database is filled, an up-to-date one is left
  // alone, and one from an older release of the bundled data is brought up to date.
  if (!(await loadEverything(io, db, catalogue, data, store.file))) {
    await db.destroy();
    return EXIT.findings;
  }
  const webRoot = existsSync(WEB_ROOT) ? WEB_ROOT : undefined;
  if (!webRoot) io.err('! the web app is not built (run `npm run build:web`); serving the API only');
  const app = createApp({ db, variables: catalogue.variables, webRoot });
  const server = serve({ fetch: app.fetch, port }, (info) => io.out(`Vías is serving at http://localhost:${info.port}`));
  await new Promise<void>((resolve) => {
    const stop = () => server.close(() => resolve());
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await db.destroy();
  return 0;
}
