import { describe, expect, it } from 'vitest';
import { formatPeriod } from './format.js';

describe('statistics.formatPeriod', () => {
  it('writes months in the reader’s language and years as they are', () => {
    expect(formatPeriod('en', '2023-06')).toBe('June 2023');
    expect(formatPeriod('es', '2023-06')).toBe('junio de 2023');
    expect(formatPeriod('fr', '2023-01', 'short')).toMatch(/^janv\.? 2023$/);
    expect(formatPeriod('pt', '2024')).toBe('2024');
  });
});
