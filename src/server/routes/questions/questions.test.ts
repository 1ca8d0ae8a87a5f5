import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../domain/index.js';
import type { LogRecord } from '../../logger.js';
import { useTestApp } from '../../test-app.js';
import type { NextQuestionAnswer } from './schema.js';

const records: LogRecord[] = [];
const ctx = useTestApp({ logger: (r) => records.push(r) });

/** A profile as GET /api/questions/next takes it: lists comma-separated, `family` as JSON. */
function toQuery(profile: Profile, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams(extra);
  for (const [id, answer] of Object.entries(profile)) {
    if (id === 'family') params.set(id, JSON.stringify(answer));
    else params.set(id, Array.isArray(answer) ? answer.join(',') : String(answer));
  }
  return params.toString();
}

const askGet = (profile: Profile, extra: Record<string, string> = {}) => ctx.app.request(`/api/questions/next?${toQuery(profile, extra)}`);
const askPost = (body: unknown) => ctx.app.request('/api/questions/next', {
  method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
});
async function next(res: Response | Promise<Response>): Promise<NextQuestionAnswer> {
  const answered = await res;
  expect(answered.status).toBe(200);
  return await answered.json() as NextQuestionAnswer;
}

/** Someone the finder knows nothing about until asked. */
const venezuelanInColombia: Profile = {
  nationalities: ['VE'], current_country: 'CO', entry_date: '2019-06-10', entry_regular: false, birth_date: '1990-04-02', has_valid_passport: false,
  has_criminal_record: false, sponsor_countries: [], family: [{ country: 'US', relationship: 'sibling', status: 'citizen' }], job_offer_countries: [],
  occupation_sector: 'hospitality', current_status: 'none', ramv_registered: false, asylum_claim_date: '2019-07-01',
};

/** Asks until the question is null, answering from `person`; returns the questions asked and the answers given. */
async function interview(person: Profile, asOf: string, ask: (answers: Profile) => Promise<NextQuestionAnswer>) {
  const answers: Profile = {};
  const asked: string[] = [];
  for (let q = await ask(answers); q.question; q = await ask(answers)) {
    asked.push(q.question.id);
    answers[q.question.id] = person[q.question.id];
    if (asked.length > 20) break;
  }
  return { asked, answers };
}

describe('GET and POST /api/questions/next', () => {
  it('starts with the question that decides the most pathways, in the requested language', async () => {
    const first = await next(askGet({}, { as_of: '2021-09-01', lang: 'es' }));
    expect(first.question).toMatchObject({ id: 'nationalities', type: 'country_list', question: '¿Cuáles son sus nacionalidades?' });
    expect(first.question?.decides).toBeGreaterThan(10);
    expect(first.unknown).toBeGreaterThanOrEqual(first.question?.decides ?? Infinity);
  });

  it('ends the interview in a few questions, never asking one twice, and reaches the full profile\'s outcomes', async () => {
    const asOf = '2021-09-01';
    const { asked, answers } = await interview(venezuelanInColombia, asOf, (a) => next(askGet(a, { as_of: asOf })));
    expect(asked.length).toBeGreaterThan(1);
    expect(asked.length).toBeLessThanOrEqual(8);
    expect(new Set(asked).size).toBe(asked.length);
    type Report = { results: { pathway: string; outcome: string }[] };
    const check = async (profile: Profile) => await (await ctx.app.request('/api/check', {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ profile, as_of: asOf }),
    })).json() as Report;
    expect((await check(answers)).results).toEqual((await check(venezuelanInColombia)).results.map(({ pathway, outcome }) => expect.objectContaining({ pathway, outcome }) as unknown));
  });

  it('asks the same questions whether the answers come in the query or in a body', async () => {
    const asOf = '2023-06-01';
    const byQuery = await interview(venezuelanInColombia, asOf, (a) => next(askGet(a, { as_of: asOf })));
    const byBody = await interview(venezuelanInColombia, asOf, (a) => next(askPost({ profile: a, as_of: asOf })));
    expect(byBody.asked).toEqual(byQuery.asked);
  });

  it('answers null, with what stays unknown, once no answer can change an outcome', async () => {
    const done = await next(askPost({ profile: venezuelanInColombia, as_of: '2021-09-01' }));
    expect(done.question).toBeNull();
    expect(done.as_of).toBe('2021-09-01');
    const report = await (await ctx.app.request('/api/check', {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ profile: venezuelanInColombia, as_of: '2021-09-01' }),
    })).json() as { results: { outcome: string; missing: string[] }[] };
    const unknown = report.results.filter((r) => r.outcome === 'unknown');
    expect(done.unknown).toBe(unknown.length);
    expect(unknown.every((r) => r.missing.length === 0)).toBe(true); // rules not in our sources: nothing to ask
  });

  it('decides on today by default', async () => {
    expect((await next(askGet({}))).as_of).toBe('2022-01-15');
    expect((await next(askPost({ profile: {} }))).as_of).toBe('2022-01-15');
  });

  it.each([
    ['nationalities=VE,XX', 'query.nationalities[1]'],
    ['entry_regular=yes', 'query.entry_regular'],
    ['family=%5B%7B', 'query.family'],
    ['family=%5B%7B%22country%22%3A%22US%22%2C%22relation%22%3A%22sibling%22%7D%5D', 'query.family[0].relation'],
    ['entry_date=2019-02-29', 'query.entry_date'],
    ['entry_dat=2019-06-10', 'query'],
  ])('answers %s with a 400 naming %s', async (query, path) => {
    const res = await ctx.app.request(`/api/questions/next?${query}`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: { path: string }[] }).errors[0]?.path).toBe(path);
  });

  it('names a bad answer in a body by its path', async () => {
    const res = await askPost({ profile: { entry_dat: '2019-06-10' } });
    expect(res.status).toBe(400);
    const problem = await res.json() as { errors: { path: string; message: string }[] };
    expect(problem.errors[0]).toMatchObject({ path: 'body.profile.entry_dat', message: expect.stringContaining("Did you mean 'entry_date'?") as unknown });
  });
});

describe('GET and POST /api/questions/next keep answers private', () => {
  it('forbid caching every answer, refusals included', async () => {
    expect((await askGet({ nationalities: ['VE'] })).headers.get('cache-control')).toBe('no-store');
    expect((await askGet({ nationalities: ['XX'] })).headers.get('cache-control')).toBe('no-store');
    expect((await askPost({ profile: { nationalities: ['VE'] } })).headers.get('cache-control')).toBe('no-store');
  });

  it('log the route pattern, never the answers in the query or the body', async () => {
    records.length = 0;
    const secrets = { nationalities: ['VE'], birth_date: '1987-03-14', family: [{ country: 'US', relationship: 'sibling', status: 'citizen' }] };
    await askGet(secrets, { lang: 'pt' });
    await askGet({ birth_date: '1987-02-30' });
    await askPost({ profile: secrets, lang: 'fr' });
    expect(records.map((r) => [r.msg, r.route])).toEqual([
      ['request', '/api/questions/next'], ['request', '/api/questions/next'], ['request', '/api/questions/next'],
    ]);
    const logged = JSON.stringify(records);
    for (const secret of ['VE', '1987-03-14', '1987-02-30', 'sibling', 'citizen', 'nationalities', 'birth_date', 'family', 'pt', 'fr']) {
      expect(logged).not.toContain(secret);
    }
  });
});
