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
export function jsonLinesLogger(write: (line: string) => void = (line) => process.stdout.write(line)): Logger {
  return (record) => {
    const level = record.msg === 'error' ? 'error' : 'info';
    write(`${JSON.stringify({ time: new Date().toISOString(), level, ...record })}\n`);
  };
}

/** Drops every record (tests that do not look at the log). */
export const silentLogger: Logger = () => {};
