import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { versionInForce, type Observation, type SeriesInfo } from '../../domain/index.js';
import { dataDir, readCatalogue, readStatistics } from '../index.js';
import { observationsHxl, observationTags, pathwaysHxl } from './hxl.js';

// HXL 1.1 tagging conventions as libhxl-python (the HXL Working Group's reference library, public
// domain) parses a hashtag spec: Column.PATTERN = ^\s*(#TOKEN)((?:\+TOKEN)*)\s*$, TOKEN = [A-Za-z][_0-9A-Za-z]*.
const TOKEN = '[A-Za-z][_0-9A-Za-z]*';
const HASHTAG = new RegExp(`^\\s*(#${TOKEN})((?:\\s*\\+${TOKEN})*)\\s*$`);
const parseTag = (spec: string) => {
  const m = HASHTAG.exec(spec);
  return m ? { tag: m[1], attributes: (m[2] ?? '').split('+').map((a) => a.trim()).filter(Boolean) } : undefined;
};
/** HXL data: the header row, the hashtag row (every non-empty cell a hashtag), then the records. */
function readHxl(text: string) {
  const [headers = [], tags = [], ...records] = parse(text, { relax_column_count: false }) as string[][];
  return { headers, tags, records, column: (spec: string) => tags.findIndex((t) => t.replace(/\s/g, '') === spec) };
}

const { catalogue } = readCatalogue(dataDir());
const { statistics: { series } } = readStatistics(dataDir(), []);
const asOf = '2026-11-28';

describe('open data: HXL pathways', () => {
  const hxl = readHxl(pathwaysHxl(catalogue.pathways, asOf));

  it('puts a row of well-formed hashtags between the header and the data', () => {
    expect(hxl.headers[0]).toBe('pathway_id');
    const tagged = hxl.tags.filter(Boolean);
    expect(tagged.length).toBeGreaterThan(8);
    for (const spec of tagged) expect(parseTag(spec), spec).toBeDefined();
    // Extension hashtags start with x_ (HXL tagging conventions, "Creating extension tags").
    expect(tagged.filter((t) => t.startsWith('#x_')).every((t) => parseTag(t)?.tag === '#x_pathway')).toBe(true);
  });

  it('has one row per pathway and destination, each destination one ISO alpha-2 code', () => {
    expect(hxl.records).toHaveLength(catalogue.pathways.reduce((n, p) => n + p.destinations.length, 0));
    const country = hxl.column('#country+code+dest+v_iso2');
    const id = hxl.column('#x_pathway+code');
    expect(hxl.records.every((r) => /^[A-Z]{2}$/.test(r[country] ?? ''))).toBe(true);
    const pairs = new Set(hxl.records.map((r) => `${r[id]} ${r[country]}`));
    for (const p of catalogue.pathways) for (const d of p.destinations) expect(pairs.has(`${p.id} ${d}`), `${p.id} ${d}`).toBe(true);
  });

  it('says open exactly when an eligibility version is in force, with ISO dates around it', () => {
    const [id = -1, status = -1, start = -1, end = -1] = ['#x_pathway+code', '#status', '#date+start', '#date+end'].map(hxl.column);
    for (const r of hxl.records) {
      const pathway = catalogue.pathways.find((p) => p.id === r[id]);
      expect(r[status], r[id]).toBe(versionInForce(pathway?.eligibility ?? [], asOf) ? 'open' : 'closed');
      expect(r[start]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r[end]).toMatch(/^(\d{4}-\d{2}-\d{2})?$/);
      if (r[end]) expect(r[end] >= (r[start] ?? '')).toBe(true);
    }
  });
});

describe('open data: HXL observations', () => {
  const info = (indicator: string) => series.find((s) => s.indicator === indicator) as SeriesInfo;

  it('tags every bundled series with well-formed hashtags, counts of events as #indicator+num', () => {
    for (const s of series) {
      const tags = observationTags(s.indicator);
      for (const spec of tags) expect(parseTag(spec), `${s.indicator}: ${spec}`).toBeDefined();
      expect(tags.slice(0, 2).concat(tags[3] ?? '')).toEqual(['#indicator+code', '#country+code+origin', '#date']);
      if (s.unit !== 'persons') expect(tags[4], s.indicator).toBe('#indicator+num');
      // None of these series measures humanitarian need.
      expect(tags.some((t) => t.startsWith('#inneed'))).toBe(false);
    }
    expect(observationTags('unhcr.refugees').slice(2)).toEqual(['#country+code+asylum', '#date', '#affected+refugees']);
    expect(observationTags('undesa.migrant_stock').slice(2)).toEqual(['#country+code+dest', '#date', '#population+migrants']);
    expect(observationTags('darien.transits').slice(2)).toEqual(['#country+code', '#date', '#indicator+num']);
    expect(observationTags('unhcr.asylum_decisions.recognized.persons')[4]).toBe('#indicator+num');
  });

  it('writes each observation once, origin empty when there is no breakdown', () => {
    const observations: Observation[] = [
      { indicator: 'cbp.sw_border_encounters', origin: null, location: 'USA', period: '2019-09', value: 52_546 },
      { indicator: 'cbp.sw_border_encounters', origin: 'VEN', location: 'USA', period: '2023-09', value: 54_833 },
    ];
    const hxl = readHxl(observationsHxl(info('cbp.sw_border_encounters'), observations));
    expect(hxl.headers).toEqual(['indicator', 'origin', 'location', 'period', 'value']);
    expect(hxl.records).toEqual([['cbp.sw_border_encounters', '', 'USA', '2019-09', '52546'], ['cbp.sw_border_encounters', 'VEN', 'USA', '2023-09', '54833']]);
  });

  it('refuses observations of another series, whose columns would mean something else', () => {
    const refugee: Observation = { indicator: 'unhcr.refugees', origin: 'VEN', location: 'COL', period: '2022', value: 1 };
    expect(() => observationsHxl(info('darien.transits'), [refugee])).toThrow(/export one series at a time/);
  });
});
