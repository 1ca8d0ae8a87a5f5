import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.js';

describe('charts.toCsv', () => {
  it('writes a gap as an empty cell, not as 0, with CRLF line ends', () => {
    expect(toCsv(['period', 'value'], [['2020-01', 5], ['2020-02', null], ['2020-03', 0]]))
      .toBe('period,value\r\n2020-01,5\r\n2020-02,\r\n2020-03,0\r\n');
  });

  it('quotes cells with commas, quotes or line breaks (RFC 4180)', () => {
    expect(toCsv(['a'], [['Korea, Republic of'], ['say "hi"'], ['two\nlines']]))
      .toBe('a\r\n"Korea, Republic of"\r\n"say ""hi"""\r\n"two\nlines"\r\n');
  });
});
