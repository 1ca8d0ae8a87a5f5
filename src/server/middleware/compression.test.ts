import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { describe, expect, it } from 'vitest';
import { compression, negotiatedEncoding } from './compression.js';

/*
 * compression() replaces Hono's compress() for speed only: for every kind of answer and client,
 * both must send the same status, headers and (decoded) body.
 */

const big = JSON.stringify({ items: Array.from({ length: 200 }, (_, i) => ({ id: `pathway-${i}`, label: 'Permiso por Protección Temporal' })) });

/** An app answering every kind of answer (JSON of unknown length, sized, strong ETag, no-transform, binary…) behind `middleware`. */
function appWith(middleware: ReturnType<typeof compress>) {
  const app = new Hono();
  app.use(middleware);
  app.get('/json', (c) => c.json(JSON.parse(big)));
  app.get('/small', (c) => c.json({ ok: true }));
  app.get('/sized', (c) => c.body('x'.repeat(500), 200, { 'Content-Type': 'text/plain', 'Content-Length': '500' }));
  app.get('/strong', (c) => c.body(big, 200, { 'Content-Type': 'application/json', ETag: '"abc"' }));
  app.get('/no-transform', (c) => c.body(big, 200, { 'Content-Type': 'application/json', 'Cache-Control': 'public, no-transform' }));
  app.get('/zip', (c) => c.body(new Uint8Array(4096), 200, { 'Content-Type': 'application/zip' }));
  app.get('/vary', (c) => c.body(big, 200, { 'Content-Type': 'text/csv', Vary: 'Origin' }));
  app.get('/encoded', (c) => c.body(big, 200, { 'Content-Type': 'application/json', 'Content-Encoding': 'br' }));
  app.get('/empty', (c) => c.body(null, 204));
  // Longer than compression() compresses in one piece: streamed, in chunks.
  app.get('/long', (c) => c.body(new ReadableStream({
    start(controller) { for (let k = 0; k < 40; k++) controller.enqueue(new TextEncoder().encode(`${k}:${'Permiso '.repeat(4000)}\n`)); controller.close(); },
  }), 200, { 'Content-Type': 'text/csv' }));
  return app;
}

async function decoded(res: Response): Promise<string> {
  const encoding = res.headers.get('content-encoding');
  if (!res.body || (encoding !== 'gzip' && encoding !== 'deflate')) return res.text();
  return new Response(res.body.pipeThrough(new DecompressionStream(encoding))).text();
}

const ours = appWith(compression());
const hono = appWith(compress());
const paths = ['/json', '/small', '/sized', '/strong', '/no-transform', '/zip', '/vary', '/encoded', '/empty', '/long'];
const clients = [undefined, 'gzip', 'deflate', 'gzip, deflate, br', 'deflate;q=0.9, gzip;q=0.5', '*', 'identity', 'gzip;q=0'];

describe('compression', () => {
  it.each(clients)('answers like Hono compress() every kind of answer (Accept-Encoding: %s)', async (accept) => {
    for (const path of paths) {
      for (const method of ['GET', 'HEAD']) {
        const headers: Record<string, string> = accept === undefined ? {} : { 'accept-encoding': accept };
        const init = { method, headers };
        const [a, b] = [await ours.request(path, init), await hono.request(path, init)];
        expect([path, method, a.status, Object.fromEntries(a.headers)]).toEqual([path, method, b.status, Object.fromEntries(b.headers)]);
        if (a.headers.get('content-encoding') !== 'br') expect(await decoded(a)).toBe(await decoded(b));
      }
    }
  });

  it('picks the encoding by q-value, gzip first among equals', () => {
    expect(negotiatedEncoding('deflate;q=0.5, gzip')).toBe('gzip');
    expect(negotiatedEncoding('deflate, gzip;q=0.2')).toBe('deflate');
    expect(negotiatedEncoding('br')).toBeUndefined();
    expect(negotiatedEncoding(undefined)).toBeUndefined();
  });
});
