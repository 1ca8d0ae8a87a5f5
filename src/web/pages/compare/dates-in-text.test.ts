import { describe, expect, it } from 'vitest';
import { formatDatesIn } from './dates-in-text.js';

describe('web compare: dates inside cell texts', () => {
  const long = (iso: string) => new Intl.DateTimeFormat('es', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.parse(`${iso}T00:00:00Z`));
  it('writes every ISO date in the reader’s words and leaves the rest alone', () => {
    expect(formatDatesIn('2.306.810 (a la fecha 2023-12-18)', long)).toBe('2.306.810 (a la fecha 18 de diciembre de 2023)');
    expect(formatDatesIn('2021-03-01: Abierta', long)).toBe('1 de marzo de 2021: Abierta');
    expect(formatDatesIn('https://example.org/2021-03-01x', long)).toBe('https://example.org/2021-03-01x');
    expect(formatDatesIn('Sin fecha', long)).toBe('Sin fecha');
  });
});
