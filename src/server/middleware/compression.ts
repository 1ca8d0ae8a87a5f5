import { promisify } from 'node:util';
import { deflate, gzip } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';
import { parseAccept } from 'hono/utils/accept';
import { COMPRESSIBLE_CONTENT_TYPE_REGEX } from 'hono/utils/compress';

/** Answers shorter than this (by their Content-Length) are sent as they are. */
export const COMPRESSION_THRESHOLD = 1024;

type Encoding = 'gzip' | 'deflate';
const ENCODINGS: readonly Encoding[] = ['gzip', 'deflate'];
const NO_TRANSFORM = /(?:^|,)\s*?no-transform\s*?(?:,|$)/i;
const VARIES_ON_ENCODING = /(?:^|,)\s*accept-encoding\s*(?:,|$)/i;
/** Answers up to this size are compressed in one piece; longer ones are streamed. */
const WHOLE_LIMIT = 1024 * 1024;
const compressWhole = { gzip: promisify(gzip), deflate: promisify(deflate) };

/**
 * The encoding a client's `Accept-Encoding` asks for: gzip or deflate, by q-value (gzip first
 * when both are equally welcome), or none.
 *
 * @example negotiatedEncoding('deflate;q=0.5, gzip') // 'gzip'
 */
export function negotiatedEncoding(acceptEncoding: string | undefined): Encoding | undefined {
  if (acceptEncoding === undefined) return undefined;
  const accepts = parseAccept(acceptEncoding);
  const wildcard = accepts.find((a) => a.type === '*')?.q;
  let best: { encoding: Encoding; q: number } | undefined;
  for (const encoding of ENCODINGS) {
    const q = accepts.find((a) => a.type.toLowerCase() === encoding)?.q ?? wildcard ?? 0;
    if (q === 1) return encoding;
    if (q > 0 && (!best || q > best.q)) best = { encoding, q };
  }
  return best?.encoding;
}

/** Whether an answer of this type and Cache-Control may be compressed (RFC 9111 §5.2.2.6: no-transform). */
export function compressible(headers: Headers): boolean {
  const type = headers.get('Content-Type');
  const cacheControl = headers.get('Cache-Control');
  return !!type && COMPRESSIBLE_CONTENT_TYPE_REGEX.test(type) && !(cacheControl && NO_TRANSFORM.test(cacheControl));
}

/** Adds `Accept-Encoding` to the answer's `Vary` unless it is there already (or `Vary: *`). */
export function varyOnEncoding(headers: Headers): void {
  const vary = headers.get('Vary');
  if (vary !== '*' && !(vary && VARIES_ON_ENCODING.test(vary))) headers.set('Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
}

/**
 * gzip or deflate for a client that accepts it, on compressible answers (JSON, text, CSV…) of at
 * least 1 KB or of unknown length; an answer already encoded is left alone. Each such answer
 * says `Vary: Accept-Encoding`, and a strong ETag becomes weak (the bytes differ, the meaning does
 * not: RFC 9110 §8.8.1).
 *
 * Hono's `compress()` does the same, but it sets `Vary` with `c.header()`, which after the
 * handler rebuilds the answer as a streamed web Response: every JSON answer then went through
 * web streams, compressed or not, which was a large part of an API call's cost (bench/api).
 * Here headers are set on the answer itself, and an answer up to 1 MB is compressed in one
 * piece by zlib, off the main thread, rather than through a CompressionStream chunk by chunk
 * (a third of the CPU time for a POST /api/check answer); longer ones are still streamed.
 */
export function compression(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const res = c.res;
    const length = res.headers.get('Content-Length');
    if (res.status === 206 || res.headers.has('Content-Encoding') || res.headers.has('Transfer-Encoding') || c.req.method === 'HEAD'
      || (length && Number(length) < COMPRESSION_THRESHOLD) || !compressible(res.headers)) return;
    varyOnEncoding(res.headers);
    const encoding = negotiatedEncoding(c.req.header('Accept-Encoding'));
    if (!encoding || !res.body) return;
    const compressed = new Response(await compressedBody(res.body, encoding), res);
    compressed.headers.delete('Content-Length');
    compressed.headers.set('Content-Encoding', encoding);
    const etag = compressed.headers.get('ETag');
    if (etag && !etag.startsWith('W/')) compressed.headers.set('ETag', `W/${etag}`);
    // Cleared first, so that Hono does not copy the old answer's headers into the new one
    // through its body (the new one has them already).
    c.res = undefined;
    c.res = compressed;
  };
}

type Bytes = Uint8Array<ArrayBuffer>;

/** The body compressed: in one piece when it ends within WHOLE_LIMIT bytes, else as a stream. */
async function compressedBody(body: ReadableStream<Bytes>, encoding: Encoding): Promise<Bytes | ReadableStream<Bytes>> {
  const reader = body.getReader();
  const chunks: Bytes[] = [];
  let size = 0;
  while (size <= WHOLE_LIMIT) {
    const { done, value } = await reader.read();
    if (done) return new Uint8Array(await compressWhole[encoding](Buffer.concat(chunks, size)));
    chunks.push(value);
    size += value.byteLength;
  }
  // What was read first, then the rest as it comes.
  const rest = new ReadableStream<Bytes>({
    start(controller) { chunks.forEach((chunk) => controller.enqueue(chunk)); },
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) controller.close();
      else controller.enqueue(value);
    },
    cancel: (reason) => reader.cancel(reason),
  });
  return rest.pipeThrough(new CompressionStream(encoding));
}
