import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { JsonLogic } from '../domain/index.js';
import { apply } from './index.js';

// The official JsonLogic suite (jsonlogic.com tests.json, MIT, via TotalTechGeek/json-logic-engine;
// see test/conformance/LICENSE-jsonlogic-tests), run as published.
const suite = JSON.parse(readFileSync(new URL('../../test/conformance/jsonlogic-tests.json', import.meta.url), 'utf8')) as unknown[];
const cases = suite.filter((t): t is [JsonLogic, unknown, unknown] => Array.isArray(t));

describe('rules.apply (official JsonLogic suite)', () => {
  it('has the whole suite to run', () => {
    expect(cases.length).toBeGreaterThan(250);
  });
  it.each(cases.map((c, i) => [i, ...c] as const))('case %i: %j with %j', (_i, rule, data, expected) => {
    expect(apply(rule, data)).toEqual(expected);
  });
});
