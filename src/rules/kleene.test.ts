import { describe, expect, it } from 'vitest';
import type { JsonLogic } from '../domain/index.js';
import { evaluate, isUnknown, yearsBetween } from './index.js';

const run = (rule: JsonLogic, data: Record<string, unknown>, asOf = '2024-01-01') => {
  const missing: string[] = [];
  const value = evaluate(rule, data, { kleene: true, asOf, onMissing: (v) => missing.push(v) });
  return { value, unknown: isUnknown(value), missing };
};

describe('rules.evaluate (three-valued)', () => {
  it('treats a missing variable as unknown, not false', () => {
    expect(run({ var: 'has_valid_passport' }, {}).unknown).toBe(true);
    expect(run({ '!': { var: 'has_criminal_record' } }, {}).unknown).toBe(true);
  });
  it('is false as soon as one operand of and is false, even with unknowns', () => {
    const r = run({ and: [{ var: 'a' }, { '==': [{ var: 'b' }, 1] }] }, { b: 2 });
    expect(r.value).toBe(false);
  });
  it('is true as soon as one operand of or is true, even with unknowns', () => {
    expect(run({ or: [{ var: 'a' }, { '==': [{ var: 'b' }, 1] }] }, { b: 1 }).value).toBe(true);
  });
  it('stays unknown when the known operands do not decide', () => {
    const r = run({ and: [{ var: 'a' }, { '==': [{ var: 'b' }, 1] }] }, { b: 1 });
    expect(r.unknown).toBe(true);
    expect(r.missing).toEqual(['a']);
  });
  it('treats an explicit null answer as unknown', () => {
    expect(run({ '<=': [{ var: 'entry_date' }, '2021-01-31'] }, { entry_date: null }).unknown).toBe(true);
  });
  it('uses a default instead of unknown when the rule gives one', () => {
    expect(run({ var: ['sponsor_countries', []] }, {}).value).toEqual([]);
  });
  it('compares ISO dates, including the three-argument between', () => {
    expect(run({ '<=': ['2021-05-29', { var: 'd' }, '2023-05-28'] }, { d: '2023-05-28' }).value).toBe(true);
    expect(run({ '<=': ['2021-05-29', { var: 'd' }, '2023-05-28'] }, { d: '2023-05-29' }).value).toBe(false);
  });
  it('answers an if from its known branch only when both branches agree', () => {
    expect(run({ if: [{ var: 'x' }, 'same', 'same'] }, {}).value).toBe('same');
    expect(run({ if: [{ var: 'x' }, 'yes', 'no'] }, {}).unknown).toBe(true);
  });
  it('computes ages on the evaluation date with years_between and as_of', () => {
    const age = { years_between: [{ var: 'birth_date' }, { as_of: [] }] } as JsonLogic;
    expect(run(age, { birth_date: '2006-01-02' }, '2024-01-01').value).toBe(17);
    expect(run(age, { birth_date: '2006-01-01' }, '2024-01-01').value).toBe(18);
    expect(yearsBetween('2000-02-29', '2001-02-28')).toBe(0);
  });
  it('intersects nationality lists', () => {
    expect(run({ intersects: [{ var: 'nationalities' }, ['VE', 'HT']] }, { nationalities: ['CO', 'VE'] }).value).toBe(true);
    expect(run({ intersects: [{ var: 'nationalities' }, ['VE', 'HT']] }, { nationalities: ['CO'] }).value).toBe(false);
  });
  it('iterates over list items without treating item fields as profile variables', () => {
    const rule: JsonLogic = { some: [{ var: 'family' }, { '==': [{ var: 'country' }, 'US'] }] };
    expect(run(rule, { family: [{ country: 'US', relationship: 'spouse' }] }).value).toBe(true);
    expect(run(rule, { family: [] }).value).toBe(false);
    const r = run(rule, {});
    expect(r.unknown).toBe(true);
    expect(r.missing).toEqual(['family']);
  });
});
