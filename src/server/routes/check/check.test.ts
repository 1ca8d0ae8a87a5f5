import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test-app.js';

const ctx = useTestApp();

const post = (body: unknown) => ctx.app.request('/api/check', {
  method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
});

type Report = { as_of: string; results: { pathway: string; outcome: string; missing: string[]; criteria: { id: string; met: boolean | null }[] }[] };

describe('POST /api/check', () => {
  it('answers every pathway with the engine outcome, dated', async () => {
    const res = await post({ as_of: '2021-09-01', profile: { nationalities: ['VE'], current_country: 'CO', entry_date: '2019-06-10', has_criminal_record: false } });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const report = await res.json() as Report;
    expect(report.as_of).toBe('2021-09-01');
    expect(report.results.find((r) => r.pathway === 'co-etpv-ppt')?.outcome).toBe('eligible');
  });
  it('says which answers are missing when the outcome is unknown', async () => {
    const report = await (await post({ as_of: '2021-09-01', profile: { nationalities: ['VE'], current_country: 'CO' } })).json() as Report;
    const etpv = report.results.find((r) => r.pathway === 'co-etpv-ppt');
    expect(etpv?.outcome).toBe('unknown');
    expect(etpv?.missing).toEqual(['entry_date', 'entry_regular', 'has_criminal_record']);
  });
  it('rejects a malformed profile naming the field', async () => {
    const res = await post({ profile: { entry_dat: '2020-01-01' } });
    expect(res.status).toBe(400);
    const problem = await res.json() as { errors: { path: string; message: string }[] };
    expect(problem.errors[0]?.path).toBe('body.profile.entry_dat');
    expect(problem.errors[0]?.message).toContain("Did you mean 'entry_date'?");
  });
  it('rejects a body that is not JSON with 415, and malformed JSON with 400', async () => {
    const form = await ctx.app.request('/api/check', { method: 'POST', body: 'nationalities=VE' });
    expect(form.status).toBe(415);
    expect(((await form.json()) as { code: string }).code).toBe('unsupported_media_type');
    const malformed = await ctx.app.request('/api/check', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"profile": {' });
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { errors: { path: string }[] }).errors[0]?.path).toBe('body');
  });
});

describe('GET /api/health and /api/variables', () => {
  it('reports a ready database holding the catalogue', async () => {
    const body = await (await ctx.app.request('/api/health')).json() as { status: string; pathways: number };
    expect(body.status).toBe('ok');
    expect(body.pathways).toBeGreaterThan(0);
  });
  it('asks the questions in the requested language', async () => {
    const body = await (await ctx.app.request('/api/variables?lang=pt')).json() as { items: { id: string; question: string }[] };
    expect(body.items.find((v) => v.id === 'birth_date')?.question).toBe('Qual é a sua data de nascimento?');
  });
});
