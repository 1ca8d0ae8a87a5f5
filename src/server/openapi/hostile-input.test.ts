import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { arbitrary, hostileRequests, percentEncode } from '../../../test/support/hostile-requests.js';
import { documentedOperations, loadContract, type Contract } from '../../../test/support/openapi-contract.js';
import { buildTestApp } from '../test-app.js';
import { examples as checkExamples } from '../routes/check/check.examples.js';
import { allExamples } from './all-examples.js';
import type { ApiExample } from './examples.js';

let ctx: Awaited<ReturnType<typeof buildTestApp>>;
let contract: Contract;
let bases: Map<string, ApiExample>;
beforeAll(async () => {
  ctx = await buildTestApp({ statistics: 'sample' });
  contract = await loadContract(ctx.app);
  const examples = await allExamples();
  // Each operation's first successful example is the well-formed request the attacks start from.
  bases = new Map(documentedOperations(contract.doc).map((op) => [op, examples.find((e) => e.operation === op && e.status < 300)!]));
});
afterAll(async () => ctx.db.destroy());

/** Why `res` is not an acceptable answer to hostile input: a 5xx, or an error that is not a clean problem. */
async function unacceptable(res: Response): Promise<string[]> {
  const body = await res.text();
  if (res.status >= 500) return [`${res.status}: ${body.slice(0, 200)}`];
  if (res.status < 400) return [];
  const problems = contract.checkProblem(res, body);
  if (/\bat .+\.[jt]s:\d+/.test(body)) problems.push('the answer shows a stack trace');
  return problems;
}

describe('hostile input on every documented route', () => {
  // Thousands of requests over every documented route: allow for a busy CI machine.
  it('answers malformed, oversized, wrong-typed and hostile queries, paths and bodies with 4xx problems, never 5xx', { timeout: 120_000 }, async () => {
    const failures: string[] = [];
    let sent = 0;
    for (const [operation, base] of bases) {
      for (const request of hostileRequests(contract.doc, operation, base)) {
        const res = await ctx.app.request(request.url, request.init);
        sent += 1;
        failures.push(...(await unacceptable(res)).map((f) => `${operation} ${request.what}: ${f}`));
      }
    }
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThan(500);
  });

  it('pollutes no prototype', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('profile');
  });

  it('answers random query values on every route without a 5xx (fast-check)', async () => {
    await fc.assert(fc.asyncProperty(fc.constantFrom(...bases.values()), fc.string({ maxLength: 12 }), arbitrary.queryValue, async (base, name, value) => {
      const url = `${base.url}${base.url.includes('?') ? '&' : '?'}${percentEncode(name)}=${percentEncode(value)}`;
      const init = base.json === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(base.json) };
      expect(await unacceptable(await ctx.app.request(url, init))).toEqual([]);
    }), { numRuns: 150 });
  });

  it('answers random JSON bodies to POST /api/check without a 5xx (fast-check)', async () => {
    const url = checkExamples[0]!.url;
    await fc.assert(fc.asyncProperty(arbitrary.jsonBody, async (body) => {
      const res = await ctx.app.request(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      expect(await unacceptable(res)).toEqual([]);
    }), { numRuns: 200 });
  });
});
