import { describe, expect, it } from 'vitest';
import { batchedWrites, jsonLinesLogger, type LogRecord } from './logger.js';

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

describe('server.batchedWrites', () => {
  it('writes the lines of one turn of the event loop together, in order, after it', async () => {
    const writes: string[] = [];
    const write = batchedWrites((text) => writes.push(text));
    write('a\n');
    write('b\n');
    expect(writes).toEqual([]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(writes).toEqual(['a\nb\n']);
    write('c\n');
    await new Promise((resolve) => setImmediate(resolve));
    expect(writes).toEqual(['a\nb\n', 'c\n']);
  });

  it('writes at once when 64 KB are waiting, without waiting for the turn to end', () => {
    const writes: string[] = [];
    const write = batchedWrites((text) => writes.push(text));
    const line = `${'x'.repeat(1023)}\n`;
    for (let i = 0; i < 64; i++) write(line);
    expect(writes).toEqual([line.repeat(64)]);
  });
});

describe('server.batchedWrites at exit', () => {
  it('writes what is waiting when the process exits before the next turn', async () => {
    const { execFileSync } = await import('node:child_process');
    const script = `import { batchedWrites } from './src/server/logger.ts'; const w = batchedWrites((t) => process.stdout.write(t)); w('last words\\n'); process.exit(0);`;
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(out).toBe('last words\n');
  });
});
