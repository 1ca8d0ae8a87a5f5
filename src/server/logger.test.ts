import { describe, expect, it } from 'vitest';
import { jsonLinesLogger, type LogRecord } from './logger.js';

describe('server.jsonLinesLogger', () => {
  it('writes each record as the JSON of its time, level and fields, one line each', () => {
    const records: LogRecord[] = [
      { msg: 'request', request_id: '3f8e2a1c-1d2b-4c5e-8f9a-0b1c2d3e4f5a', method: 'GET', route: '/api/pathways/:id', status: 200, duration_ms: 1.23 },
      { msg: 'request', request_id: 'a"b\\c\u2028', method: 'POST', route: '/api/*', status: 429, duration_ms: 0 },
      { msg: 'request', request_id: 'x', method: 'GET', route: '*', status: 500, duration_ms: Number.NaN },
      { msg: 'error', request_id: 'x', method: 'GET', route: '/api/check', error: 'Error: «boom»', stack: 'Error: boom\n    at f (file.ts:1:1)' },
      { msg: 'error', request_id: 'y', method: 'GET', route: '/api/health', error: 'no stack' },
    ];
    const lines: string[] = [];
    const log = jsonLinesLogger((line) => lines.push(line));
    for (const record of records) log(record);
    lines.forEach((line, i) => {
      expect(line.endsWith('\n') && !line.slice(0, -1).includes('\n')).toBe(true);
      const { time } = JSON.parse(line) as { time: string };
      expect(new Date(time).toISOString()).toBe(time);
      const record = records[i]!;
      expect(line).toBe(`${JSON.stringify({ time, level: record.msg === 'error' ? 'error' : 'info', ...record })}\n`);
    });
  });
});
