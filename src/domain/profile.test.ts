import { describe, expect, it } from 'vitest';
import { dataDir, readCatalogue } from '../catalogue/index.js';
import { parseProfile } from './profile.js';

const { variables } = readCatalogue(dataDir()).catalogue;

describe('domain.parseProfile', () => {
  it('accepts a well-formed profile and drops unanswered questions', () => {
    const result = parseProfile({ nationalities: ['VE'], entry_date: '2021-01-31', has_valid_passport: false, birth_date: null }, variables);
    expect(result).toEqual({ ok: true, profile: { nationalities: ['VE'], entry_date: '2021-01-31', has_valid_passport: false } });
  });

  it('names each wrong answer by its path, with the fix', () => {
    const result = parseProfile({ nationalities: ['ve'], entry_date: '2021-02-30', entry_dat: '2021-01-01', family: [{ country: 'US', relationship: 'cousin' }] }, variables);
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.issues;
    expect(issues.map((i) => i.path)).toEqual(['nationalities[0]', 'entry_date', 'entry_dat', 'family[0].relationship']);
    expect(issues[0]?.message).toMatch(/"ve" is not an ISO 3166-1 alpha-2 country code \(use capitals/);
    expect(issues[1]?.message).toMatch(/real date written YYYY-MM-DD, not "2021-02-30"/);
    expect(issues[2]?.message).toMatch(/Did you mean 'entry_date'\?/);
  });

  it('quotes hostile answers briefly instead of failing on them', () => {
    let deep: unknown = 'x';
    for (let k = 0; k < 100_000; k++) deep = [deep];
    const long = 'A'.repeat(10_000);
    const result = parseProfile({ has_valid_passport: deep, current_status: long, birth_date: { y: 1990 } }, variables);
    expect(result.ok).toBe(false);
    const messages = result.ok ? [] : result.issues.map((i) => i.message);
    expect(messages[0]).toBe('must be true or false, not a list of 1');
    expect(messages[1]?.length).toBeLessThan(400);
    expect(messages[1]).toContain('…');
    expect(messages[2]).toMatch(/not an object$/);
  });
});
