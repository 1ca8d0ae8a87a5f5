/** A Table Schema field (Frictionless Table Schema v2). */
export interface Field {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'date';
  description: string;
  constraints?: { required?: boolean; unique?: boolean };
}

/** A table ready to be written as CSV and described in a Data Package. */
export interface Table {
  name: string;
  title: string;
  description: string;
  fields: Field[];
  primaryKey?: string[];
  foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  rows: unknown[][];
}

/** RFC 4180 CSV with CRLF line ends; null and undefined are empty cells (Table Schema's missing value). */
export function toCsv(table: Pick<Table, 'fields' | 'rows'>): string {
  const lines = [table.fields.map((f) => f.name).join(','), ...table.rows.map((row) => row.map(csvCell).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
