/** A cell of a CSV table: text, a number, or nothing (an empty cell). */
export type CsvCell = string | number | null;

function cell(value: CsvCell): string {
  if (value === null) return '';
  const text = String(value);
  // RFC 4180 §2.6–2.7: a field with a comma, quote or line break is quoted, quotes doubled.
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A CSV text (RFC 4180: comma-separated, CRLF line ends) of `header` and `rows`; `null` cells are
 * empty, so a gap stays a gap and is never written as 0.
 *
 * @example toCsv(['period', 'value'], [['2020-01', 5], ['2020-02', null]]) // 'period,value\r\n2020-01,5\r\n2020-02,\r\n'
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
