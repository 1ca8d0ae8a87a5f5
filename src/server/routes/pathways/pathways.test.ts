import { describe, expect, it } from 'vitest';
import type { Pathway } from '../../../domain/index.js';
import { buildTestApp, useTestApp } from '../../test-app.js';
import type { PathwayList } from './schema.js';

const ctx = useTestApp();

async function get<T>(url: string, status = 200): Promise<T> {
  const res = await ctx.app.request(url);
  expect(res.status, `${url}: ${res.status}`).toBe(status);
  return await res.json() as T;
}
const list = (query: string) => get<PathwayList>(`/api/pathways?${query}`);
const ids = (page: PathwayList) => page.items.map((p) => p.id);
type Problem = { code: string; errors: { path: string; message: string }[] };
const problem = (url: string, status = 400) => get<Problem>(url, status);

describe('GET /api/pathways: filters', () => {
  it('lists the catalogue with names in the requested language, open as of today', async () => {
    const page = await list('lang=es&limit=100');
    expect(page.count).toBe(page.items.length);
    expect(page.total).toBe(page.count);
    const etpv = page.items.find((p) => p.id === 'co-etpv-ppt');
    expect(etpv?.name).toMatch(/^Estatuto Temporal de Protección/);
    expect(etpv?.open).toBe(true); // on 2022-01-15 the first ETPV version was in force
  });

  it('finds what a Venezuelan could use in Colombia, and not what only others may', async () => {
    expect(ids(await list('nationality=VE&destination=CO'))).toEqual(expect.arrayContaining(['co-etpv-ppt', 'co-pep']));
    expect(ids(await list('nationality=HT&destination=CO'))).not.toContain('co-etpv-ppt');
    expect(ids(await list('nationality=VE&destination=BR'))).not.toContain('mercosur-residence-agreement');
  });

  it('matches any value of a comma-separated list', async () => {
    const both = await list('destination=CO,PE&limit=100');
    const co = await list('destination=CO&limit=100');
    const pe = await list('destination=PE&limit=100');
    expect(new Set(ids(both))).toEqual(new Set([...ids(co), ...ids(pe)]));
    expect(both.items.every((p) => p.destinations.includes('CO') || p.destinations.includes('PE'))).toBe(true);
  });

  it('keeps only pathways open on a date', async () => {
    expect(ids(await list('destination=CO&open_on=2024-06-01'))).not.toContain('co-etpv-ppt'); // closed 2023-11-24
    expect(ids(await list('destination=CO&open_on=2022-06-01'))).toContain('co-etpv-ppt');
  });

  it('filters on known facts only: a fact no source states matches neither true nor false', async () => {
    const free = await list('free_of_charge=true&limit=100');
    const paid = await list('free_of_charge=false&limit=100');
    expect(free.items.every((p) => p.free_of_charge === true)).toBe(true);
    expect(paid.items.every((p) => p.free_of_charge === false)).toBe(true);
    expect(free.total + paid.total + free.facets.free_of_charge.unknown).toBe((await list('')).total);
    expect((await list('status_granted=permanent&limit=100')).items.every((p) => p.status_granted === 'permanent')).toBe(true);
    expect((await list('type=parole,resettlement&limit=100')).items.every((p) => ['parole', 'resettlement'].includes(p.type))).toBe(true);
  });
});

describe('GET /api/pathways: full text', () => {
  it('finds accented names without the accents, in any case', async () => {
    const plain = await list('q=migracion&lang=es&limit=100');
    expect(ids(plain)).toContain('cl-regularizacion-2021-ley-21325'); // "…Ley de Migración y Extranjería…"
    expect(ids(await list('q=MIGRACIÓN&lang=es&limit=100'))).toEqual(ids(plain));
  });

  it('ranks the best match first, and refuses relevance without words', async () => {
    expect(ids(await list('q=etpv'))[0]).toBe('co-etpv-ppt');
    const refused = await problem('/api/pathways?sort=relevance');
    expect(refused.errors[0]?.path).toBe('query.sort');
  });
});

describe('GET /api/pathways: facets', () => {
  it('count, for each value, what choosing it would give with the other filters kept', async () => {
    const page = await list('nationality=VE&open_on=2022-06-01&limit=100');
    for (const d of ['CO', 'PE', 'BR']) expect((await list(`nationality=VE&open_on=2022-06-01&destination=${d}`)).total, d).toBe(page.facets.destination[d]);
    expect((await list('nationality=VE&open_on=2022-06-01&type=temporary_protection')).total).toBe(page.facets.type.temporary_protection);
    const closedThatDay = (await list('nationality=VE&limit=100')).items.filter((p) => !ids(page).includes(p.id));
    expect(page.facets.open_on?.open).toBe(page.total);
    expect(page.facets.open_on?.closed).toBeGreaterThan(0);
    expect(page.facets.open_on?.closed).toBeLessThanOrEqual(closedThatDay.length);
  });

  it('add up, unknowns included, to the total', async () => {
    const { facets, total } = await list('destination=CO,PE,EC');
    const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
    expect(sum(facets.type)).toBe(total);
    expect(sum(facets.status_granted)).toBe(total);
    expect(sum(facets.path_to_permanence)).toBe(total);
    expect(sum(facets.free_of_charge)).toBe(total);
    expect(facets.open_on).toBeNull();
  });
});

describe('GET /api/pathways: sorting and pages', () => {
  it('walks every match exactly once by following next_cursor', async () => {
    for (const sort of ['name', 'opening_date', 'last_reviewed']) {
      const all = await list(`sort=${sort}&limit=100`);
      const seen: string[] = [];
      let url = `sort=${sort}&limit=7`;
      for (let pages = 0; pages < 50; pages += 1) {
        const page = await list(url);
        expect(page.total).toBe(all.total);
        seen.push(...ids(page));
        if (!page.next_cursor) break;
        url = `sort=${sort}&limit=7&cursor=${page.next_cursor}`;
      }
      expect(seen, sort).toEqual(ids(all));
      expect(new Set(seen).size).toBe(all.total);
    }
  });

  it('sorts by name in the requested language, either way', async () => {
    const names = (await list('lang=fr&limit=100')).items.map((p) => p.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('fr', { numeric: true }).compare));
    expect((await list('lang=fr&limit=100&order=desc')).items.map((p) => p.name)).toEqual([...names].reverse());
  });

  it('pages 20 by default, and says when there is no next page', async () => {
    const first = await list('');
    expect(first.count).toBe(20);
    expect(first.next_cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect((await list('limit=100')).next_cursor).toBeNull();
  });

  it('refuses a cursor it did not give out, or one of another sort, naming query.cursor', async () => {
    expect(await problem('/api/pathways?cursor=bm90LWEtY3Vyc29y')).toMatchObject({ code: 'invalid_cursor', errors: [{ path: 'query.cursor' }] });
    const { next_cursor } = await list('sort=name&limit=5');
    const other = await problem(`/api/pathways?sort=last_reviewed&cursor=${next_cursor}`);
    expect(other.errors[0]).toMatchObject({ path: 'query.cursor', message: expect.stringContaining('sort=name') as unknown });
  });
});

describe('GET /api/pathways: refusals', () => {
  it.each([
    ['destination=CO,XX', 'query.destination.1'],
    ['country=VE', 'query'],
    ['limit=0', 'query.limit'],
    ['open_on=2023-02-30', 'query.open_on'],
    ['free_of_charge=yes', 'query.free_of_charge'],
    ['q=' + 'a'.repeat(201), 'query.q'],
  ])('answers %s with a 400 problem naming %s', async (query, path) => {
    const res = await ctx.app.request(`/api/pathways?${query}`);
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    const body = await res.json() as Problem;
    expect(body.code).toBe('invalid_request');
    expect(body.errors[0]?.path).toBe(path);
  });
});

describe('GET /api/pathways/{id}', () => {
  it('returns the whole record with its sources', async () => {
    const body = await get<{ name: string; record: { sources: { url: string }[] } }>('/api/pathways/co-etpv-ppt?lang=fr');
    expect(body.name).toMatch(/^Statut temporaire/);
    expect(body.record.sources.length).toBeGreaterThan(0);
  });

  it('answers 404 as problem+json for an unknown id', async () => {
    expect((await problem('/api/pathways/atlantis-visa', 404)).code).toBe('not_found');
  });
});

describe('GET /api/pathways/{id}/history', () => {
  type History = { pathway: string; entries: { date: string; kind: string; label?: string }[]; sources: { id: string }[] };

  it('tells the versions and events in date order, in the requested language', async () => {
    const history = await get<History>('/api/pathways/co-etpv-ppt/history?lang=es');
    const dates = history.entries.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(history.entries.map((e) => e.kind)).toEqual(['event', 'version', 'event', 'event', 'version', 'event']);
    expect(history.entries.at(-1)).toMatchObject({ date: '2023-11-24', label: 'Cerrada' });
    expect(history.sources.length).toBeGreaterThan(0);
  });

  it('answers 404 for an unknown id', async () => {
    expect((await problem('/api/pathways/atlantis-visa/history', 404)).code).toBe('not_found');
  });
});

describe('the catalogue routes read the in-memory snapshot', () => {
  it('answer from the cache, not from the store', async () => {
    const { record } = await get<{ record: Pathway }>('/api/pathways/co-etpv-ppt');
    const snapshot = { pathways: [record], byId: new Map([[record.id, record]]), hash: 'one', loadedAt: null };
    const small = await buildTestApp({ catalogue: { current: () => Promise.resolve(snapshot) } });
    try {
      const page = await (await small.app.request('/api/pathways')).json() as PathwayList;
      expect(ids(page)).toEqual(['co-etpv-ppt']);
      expect((await small.app.request('/api/pathways/co-pep')).status).toBe(404); // in the store, not in the snapshot
    } finally {
      await small.db.destroy();
    }
  });
});
