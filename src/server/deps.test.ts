import { describe, expect, it } from 'vitest';
import { utcToday } from './deps.js';

describe('server.utcToday', () => {
  it('turns to the next date at midnight UTC, and follows a clock set back', () => {
    let now = Date.parse('2024-02-28T23:59:59.999Z');
    const today = utcToday(() => now);
    expect(today()).toBe('2024-02-28');
    now += 1;
    expect(today()).toBe('2024-02-29');
    now = Date.parse('2024-03-01T00:00:00.000Z') - 1;
    expect(today()).toBe('2024-02-29');
    now += 1;
    expect(today()).toBe('2024-03-01');
    now = Date.parse('2023-12-31T12:00:00Z');
    expect(today()).toBe('2023-12-31');
  });
});
