import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test-app.js';

interface Link { '@_href': string; '@_rel'?: string }
interface Entry { id: string; title: { '#text': string; '@_type': string }; updated: string; published: string; link: Link[]; summary?: { '#text': string }; content: { '#text': string; '@_type': string }; category: { '@_term': string } }
interface AtomFeed { '@_xmlns': string; id: string; title: string; updated: string; author: { name: string }; link: Link[]; entry: Entry[] }

const ctx = useTestApp(); // today is 2022-01-15

// Elements Atom allows more than once are always arrays, so an empty or one-entry feed reads the same.
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (name) => name === 'entry' || name === 'link' });

async function feed(query = ''): Promise<AtomFeed> {
  const res = await ctx.app.request(`/api/changes.atom${query}`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
  const xml = await res.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  return (parser.parse(xml) as { feed: AtomFeed }).feed;
}
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

describe('GET /api/changes.atom', () => {
  it('is an Atom 1.0 feed with what RFC 4287 requires of a feed and of each entry', async () => {
    const atom = await feed('?until=2024-12-31');
    expect(atom['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(atom.id).toMatch(/^tag:[a-z.]+,\d{4}:/);
    expect(atom.title).toBe('Vías: changes to the catalogue');
    expect(atom.author.name).toBeTruthy();
    expect(atom.updated).toMatch(RFC3339);
    expect(atom.link.find((l) => l['@_rel'] === 'self')?.['@_href']).toBe('http://localhost/api/changes.atom?until=2024-12-31');
    expect(atom.entry.length).toBeGreaterThan(10);
    for (const entry of atom.entry) {
      expect(entry.id).toMatch(/^tag:vias\.example,2026:[a-z0-9-]+\/(new|version\/\d{4}-\d{2}-\d{2}|closed\/\d{4}-\d{2}-\d{2})(\/\d+)?$/);
      expect(entry.title['#text']).toBeTruthy();
      expect(entry.updated).toMatch(RFC3339);
      expect(entry.link[0]?.['@_href']).toMatch(/^http:\/\/localhost\/en\/pathways\/[a-z0-9-]+$/);
      expect(entry.content['@_type']).toBe('html');
    }
    expect(new Set(atom.entry.map((e) => e.id)).size).toBe(atom.entry.length);
  });

  it('lists the newest change first and is updated when its newest change happened', async () => {
    const atom = await feed('?until=2024-12-31&limit=500');
    const dates = atom.entry.map((e) => e.updated);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(atom.updated).toBe(dates[0]);
    expect(dates.every((d) => d <= '2024-12-31T23:59:59Z')).toBe(true);
  });

  it('lists the closing of a pathway that closed, in the asked language, linking its page and its record', async () => {
    const atom = await feed('?lang=es&until=2023-12-31&limit=500');
    const closing = atom.entry.find((e) => e.id === 'tag:vias.example,2026:co-etpv-ppt/closed/2023-11-24');
    expect(closing).toBeDefined();
    expect(closing?.updated).toBe('2023-11-24T00:00:00.000Z');
    expect(closing?.category['@_term']).toBe('closed');
    expect(closing?.title['#text']).toMatch(/^Cerrada: Estatuto Temporal de Protección/);
    expect(closing?.link[0]?.['@_href']).toBe('http://localhost/es/pathways/co-etpv-ppt');
    expect(closing?.content['#text']).toContain('href="http://localhost/api/pathways/co-etpv-ppt?lang=es"');
    expect(closing?.content['#text']).toMatch(/Fuentes: <a href="https?:\/\//);
  });

  it('gives every change the same id in every language', async () => {
    const [en, fr] = await Promise.all([feed('?until=2024-12-31&limit=500'), feed('?lang=fr&until=2024-12-31&limit=500')]);
    expect(fr.entry.map((e) => e.id)).toEqual(en.entry.map((e) => e.id));
    expect(fr.entry.map((e) => e.title['#text'])).not.toEqual(en.entry.map((e) => e.title['#text']));
  });

  it('leaves out what happens after today unless told `until`, and lists `limit` entries', async () => {
    const today = await feed('?limit=500');
    expect(today.entry.every((e) => e.updated <= '2022-01-15T00:00:00.000Z')).toBe(true);
    expect(today.entry.some((e) => e.id.includes('co-etpv-ppt/closed'))).toBe(false);
    expect((await feed('?limit=5')).entry.map((e) => e.id)).toEqual(today.entry.slice(0, 5).map((e) => e.id));
  });

  it('is dated `until` when no change is that old', async () => {
    const atom = await feed('?until=1900-01-01');
    expect(atom.entry ?? []).toEqual([]);
    expect(atom.updated).toBe('1900-01-01T00:00:00.000Z');
  });

  it('answers 304 to its ETag', async () => {
    const etag = (await ctx.app.request('/api/changes.atom?lang=pt')).headers.get('etag') ?? '';
    expect(etag).not.toBe('');
    expect((await ctx.app.request('/api/changes.atom?lang=pt', { headers: { 'if-none-match': etag } })).status).toBe(304);
  });

  it('rejects a day that does not exist and a limit out of range, naming each parameter', async () => {
    const res = await ctx.app.request('/api/changes.atom?until=2023-13-01&limit=501');
    expect(res.status).toBe(400);
    const problem = await res.json() as { errors: { path: string }[] };
    expect(problem.errors.map((e) => e.path).sort()).toEqual(['query.limit', 'query.until']);
  });
});
