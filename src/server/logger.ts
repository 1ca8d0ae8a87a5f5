/**
 * One line per request. It names the route pattern (`/api/pathways/:id`), never the URL: query
 * values, bodies and headers may carry personal data (a profile, a nationality) and are never
 * logged.
 */
export interface RequestLog {
  msg: 'request';
  request_id: string;
  method: string;
  route: string;
  status: number;
  duration_ms: number;
}

/** An unexpected failure (answered as a bare 500); the stack stays in the server's log. */
export interface ErrorLog {
  msg: 'error';
  request_id: string;
  method: string;
  route: string;
  error: string;
  stack?: string | undefined;
}

export type LogRecord = RequestLog | ErrorLog;

/** Where the app writes its log records; injectable through `AppDeps.logger`. */
export type Logger = (record: LogRecord) => void;

/**
 * Writes each record as one JSON line with its time and level (for `vias serve`).
 *
 * @example jsonLinesLogger()({ msg: 'request', request_id: 'abc', method: 'GET', route: '/api/health', status: 200, duration_ms: 1.2 })
 */
export function jsonLinesLogger(write: (line: string) => void = batchedWrites((text) => process.stdout.write(text))): Logger {
  const now = clock();
  return (record) => {
    // A request line is written on every call: spelt out rather than through a spread object and
    // a generic JSON.stringify (the same bytes, in a third of the time; logger.test.ts).
    if (record.msg === 'request') {
      const { request_id, method, route, status, duration_ms } = record;
      write(`{"time":"${now()}","level":"info","msg":"request","request_id":${JSON.stringify(request_id)},"method":${JSON.stringify(method)},`
        + `"route":${JSON.stringify(route)},"status":${jsonNumber(status)},"duration_ms":${jsonNumber(duration_ms)}}\n`);
      return;
    }
    write(`${JSON.stringify({ time: now(), level: 'error', ...record })}\n`);
  };
}

const jsonNumber = (n: number) => (Number.isFinite(n) ? String(n) : 'null');

/** The time as ISO 8601, formatted once per millisecond. */
function clock(): () => string {
  let ms = Number.NaN;
  let text = '';
  return () => {
    const t = Date.now();
    if (t !== ms) {
      ms = t;
      text = new Date(t).toISOString();
    }
    return text;
  };
}

/** The flushes of writers with lines waiting, run if the process exits first. */
const unflushed = new Set<() => void>();
let exitHooked = false;
const flushAll = () => unflushed.forEach((flush) => flush());

/** Lines kept before they are written at once, whatever the event loop does. */
const BATCH_BYTES = 64 * 1024;

/**
 * Gathers the lines given within one turn of the event loop and writes them together in one
 * call, after the current I/O (`setImmediate`), when 64 KB are waiting, or when the process
 * exits. Why (bench/api): stdout to a file or pipe is written synchronously, one system call per
 * line, which was a tenth of a cached read's cost; under load one call now carries dozens of
 * lines, the way pino's sonic-boom does.
 *
 * @example const log = jsonLinesLogger(batchedWrites((text) => process.stdout.write(text)));
 */
export function batchedWrites(write: (text: string) => void): (line: string) => void {
  let pending = '';
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (pending === '') return;
    const text = pending;
    pending = '';
    unflushed.delete(flush);
    write(text);
  };
  return (line) => {
    if (!exitHooked) {
      exitHooked = true;
      process.once('exit', flushAll);
    }
    unflushed.add(flush);
    pending += line;
    if (pending.length >= BATCH_BYTES) flush();
    else if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  };
}

/** Drops every record (tests that do not look at the log). */
export const silentLogger: Logger = () => {};
