import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentedOperations, loadContract, registeredOperations, structureProblems, type Contract } from '../../../test/support/openapi-contract.js';
import { buildTestApp } from '../test-app.js';
import { allExamples } from './all-examples.js';
import { DOCS_ROUTES } from './docs-page.js';
import type { ApiExample } from './examples.js';

let ctx: Awaited<ReturnType<typeof buildTestApp>>;
let contract: Contract;
let examples: ApiExample[];
beforeAll(async () => {
  ctx = await buildTestApp({ statistics: 'sample' });
  contract = await loadContract(ctx.app);
  examples = await allExamples();
});
afterAll(async () => ctx.db.destroy());

async function send(example: ApiExample, headers: Record<string, string> = {}): Promise<Response> {
  return ctx.app.request(example.url, example.json === undefined
    ? { headers }
    : { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(example.json) });
}

describe('the OpenAPI document', () => {
  it('is a sound OpenAPI 3.1 document whose schemas all compile', () => {
    expect(structureProblems(contract.doc)).toEqual([]);
    expect(contract.uncompilableSchemas()).toEqual([]);
    expect(Object.keys(contract.doc.components?.schemas ?? {}).length).toBeGreaterThan(5);
  });

  it('documents every route the app registers under /api, and nothing else', () => {
    const registered = registeredOperations(ctx.app).filter((op) => !DOCS_ROUTES.includes(op.replace(/\{(\w+)\}/g, ':$1')));
    expect(documentedOperations(contract.doc).sort()).toEqual(registered.sort());
  });

  it('has a successful example for every documented operation (in its route folder’s *.examples.ts)', () => {
    const missing = documentedOperations(contract.doc).filter((op) => !examples.some((e) => e.operation === op && e.status < 300));
    expect(missing, 'add an example to src/server/routes/<resource>/<resource>.examples.ts').toEqual([]);
  });

  it('names only documented operations in the examples', () => {
    const documented = new Set(documentedOperations(contract.doc));
    expect(examples.filter((e) => !documented.has(e.operation)).map((e) => `${e.operation}: ${e.title}`)).toEqual([]);
  });
});

describe('every example answers as documented', () => {

  it('answers each example with its status and a body that validates against the document', async () => {
    const problems: string[] = [];
    for (const example of examples) {
      const res = await send(example);
      const body = await res.text();
      if (res.status !== example.status) problems.push(`${example.operation} ${example.title}: ${res.status}, expected ${example.status}: ${body.slice(0, 200)}`);
      problems.push(...contract.check(example.operation, res, body).map((p) => `${example.title}: ${p}`));
    }
    expect(problems).toEqual([]);
  });

  it('answers a read again with 304, documented, when If-None-Match carries its ETag', async () => {
    const problems: string[] = [];
    for (const example of examples.filter((e) => e.json === undefined && e.status === 200)) {
      const etag = (await send(example)).headers.get('etag');
      if (!etag) {
        problems.push(`${example.url} has no ETag`);
        continue;
      }
      const res = await send(example, { 'if-none-match': etag });
      if (res.status !== 304) problems.push(`${example.url} answered ${res.status} to its own ETag`);
      problems.push(...contract.check(example.operation, res, await res.text()));
    }
    expect(problems).toEqual([]);
  });
});
