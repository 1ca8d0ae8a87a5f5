/**
 * The Vías app as `vias serve` runs it (src/cli/commands/serve.ts): a SQLite file loaded with
 * the bundled catalogue and statistics by `loadEverything`, `createApp` with the built web app
 * when there is one, served by @hono/node-server. Two differences, both said in the output:
 * the JSON access log goes to a sink (/dev/null, or `--log FILE`) instead of stdout, and the
 * rate limit of POST /api/check is raised, since every autocannon connection comes from
 * 127.0.0.1 and would share one 60-a-minute bucket.
 *
 *   vias-server.ts <db-file> <log-file> <check-limit-per-minute>
 */
import { closeSync, existsSync, openSync, writeSync } from 'node:fs';
import { serve } from '@hono/node-server';
import { dataDir, readCatalogue } from '../../src/catalogue/index.js';
import { loadEverything } from '../../src/cli/commands/load.js';
import { WEB_ROOT } from '../../src/cli/commands/serve.js';
import { createApp } from '../../src/server/app.js';
import { batchedWrites, jsonLinesLogger } from '../../src/server/logger.js';
import { openStore } from '../../src/store/index.js';
import { announceReady, answerMemoryProbes } from './protocol.js';

const [dbFile = 'vias-bench.db', logFile = '/dev/null', checkLimit = '1000000000'] = process.argv.slice(2);

const data = dataDir();
const { catalogue, issues } = readCatalogue(data);
if (issues.length > 0) throw new Error(`the bundled catalogue has ${issues.length} problem(s); run \`vias validate\``);
const db = openStore({ kind: 'sqlite', file: dbFile });
const quiet = { out: () => {}, err: (text: string) => process.stderr.write(text), readStdin: () => Promise.resolve('') };
if (!(await loadEverything(quiet, db, catalogue, data, dbFile))) throw new Error('loading the catalogue failed');

// Synchronous writes, as Node writes stdout when it is a file or a pipe, batched per turn of the
// event loop as `vias serve` batches stdout: the log line is part of the cost.
const log = openSync(logFile, 'a');
const app = createApp({
  db,
  variables: catalogue.variables,
  webRoot: existsSync(WEB_ROOT) ? WEB_ROOT : undefined,
  logger: jsonLinesLogger(batchedWrites((text) => writeSync(log, text))),
  limits: { check: { limit: Number(checkLimit), windowMs: 60_000 } },
});

answerMemoryProbes();
const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info) => {
  const web = existsSync(WEB_ROOT) ? 'with the web app' : 'API only (web app not built)';
  announceReady(info.port, `${catalogue.pathways.length} pathways in ${dbFile}, ${web}; access log → ${logFile}; POST /api/check limit ${Number(checkLimit).toLocaleString('en')}/min`);
});
process.once('disconnect', () => {
  server.close(() => void db.destroy().then(() => {
    closeSync(log);
    process.exit(0);
  }));
});
