/**
 * The reference point: a bare Fastify 5 hello world (`GET /` → `{"hello":"world"}`), with no
 * logger, plugin or hook — the fastest a Node HTTP framework answers JSON on this machine.
 * Forked by main.ts; listens on an ephemeral loopback port and announces it over IPC.
 */
import Fastify from 'fastify';
import { announceReady, answerMemoryProbes } from './protocol.js';

const app = Fastify({ logger: false });
app.get('/', () => ({ hello: 'world' }));

answerMemoryProbes();
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
announceReady(typeof address === 'object' && address ? address.port : 0, 'Fastify 5, GET / → {"hello":"world"}, no logger');
process.once('disconnect', () => void app.close().then(() => process.exit(0)));
