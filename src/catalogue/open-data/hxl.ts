import { LANGS, localize, versionInForce, type Observation, type Pathway, type SeriesInfo } from '../../domain/index.js';
import { toCsv, type Field } from './table.js';

/*
 * HXL (Humanitarian Exchange Language 1.1): the CSV's header row, then a row of hashtags, then
 * the data. A column gets a tag only when an HXL hashtag honestly fits; the rest stay untagged,
 * as the tagging conventions allow. HXL has no notion of a migration pathway, so pathways use the
 * extension hashtag #x_pathway. Counts take #affected or #population only for people UNHCR or UN
 * DESA count as such; event counts (encounters, transits, decisions, arrivals) are #indicator+num,
 * never #affected or #inneed: none of these series measures humanitarian need.
 */

interface HxlColumn { name: string; tag: string | null }

function hxlCsv(columns: readonly HxlColumn[], rows: unknown[][]): string {
  const fields = columns.map((c): Field => ({ name: c.name, type: 'string', description: '' }));
  return toCsv({ fields, rows: [columns.map((c) => c.tag ?? ''), ...rows] });
}

const firstDay = (p: Pathway) => p.eligibility.map((v) => v.valid_from).sort()[0] ?? null;
const lastDay = (p: Pathway) => (p.eligibility.some((v) => v.valid_to === null) ? null : p.eligibility.map((v) => v.valid_to as string).sort().at(-1) ?? null);

/**
 * One row per pathway and destination country (HXL tools filter on #country, which must hold one
 * code per cell): `#status` is `open` when an eligibility version is in force on `asOf`, else
 * `closed`; `#date+start` / `#date+end` are the first and last day any version is in force (end
 * empty while open-ended); destinations are ISO 3166-1 alpha-2 (`+v_iso2`, as HXL assumes alpha-3).
 *
 * @example pathwaysHxl(catalogue.pathways, '2026-11-28').split('\r\n')[1] // '#x_pathway+code,#country+code+dest+v_iso2,…'
 */
export function pathwaysHxl(pathways: readonly Pathway[], asOf: string): string {
  const columns: HxlColumn[] = [
    { name: 'pathway_id', tag: '#x_pathway+code' }, { name: 'destination', tag: '#country+code+dest+v_iso2' },
    { name: 'type', tag: '#x_pathway+type' }, { name: 'name_original', tag: '#x_pathway+name' },
    ...LANGS.map((l) => ({ name: `name_${l}`, tag: `#x_pathway+name+i_${l}` })),
    { name: 'status', tag: '#status' }, { name: 'in_force_from', tag: '#date+start' }, { name: 'in_force_to', tag: '#date+end' },
    { name: 'status_granted', tag: null }, { name: 'duration', tag: null }, { name: 'path_to_permanence', tag: null },
    { name: 'right_work', tag: null }, { name: 'official_url', tag: null }, { name: 'last_reviewed', tag: '#date+reported' },
  ];
  const rows = pathways.flatMap((p) => p.destinations.map((country) => [
    p.id, country, p.type, p.name.original.text, ...LANGS.map((l) => localize(p.name, l)),
    versionInForce(p.eligibility, asOf) ? 'open' : 'closed', firstDay(p), lastDay(p),
    p.status_granted.value, p.duration.value, p.path_to_permanence.value, p.rights.work.value, p.application.official_url.value, p.last_reviewed,
  ]));
  return hxlCsv(columns, rows);
}

/** What the location of each family of series is: where refugees are hosted, where migrants live, or simply where it was counted. */
function locationTag(indicator: string): string {
  if (indicator.startsWith('unhcr.')) return '#country+code+asylum';
  if (indicator === 'undesa.migrant_stock') return '#country+code+dest';
  return '#country+code';
}

/** People counted as UNHCR and UN DESA count them; everything else is a plain numeric indicator. */
const VALUE_TAGS: Record<string, string> = {
  'unhcr.refugees': '#affected+refugees',
  'unhcr.idps': '#affected+idps',
  'unhcr.asylum_seekers': '#affected+asylum_seekers',
  'unhcr.stateless': '#affected+stateless',
  'unhcr.other_in_need_of_protection': '#affected+oip',
  'unhcr.others_of_concern': '#affected+ooc',
  'unhcr.host_community': '#population+host',
  'undesa.migrant_stock': '#population+migrants',
};

/** The hashtags of a series' observations: `[indicator, origin, location, period, value]`. */
export function observationTags(indicator: string): string[] {
  return ['#indicator+code', '#country+code+origin', locationTag(indicator), '#date', VALUE_TAGS[indicator] ?? '#indicator+num'];
}

/**
 * One series' observations as HXL. Origin and location are the publisher's three-letter codes
 * (ISO 3166-1 alpha-3, or UKN, STA, OOO for unknown, stateless, other), origin empty when there
 * is no breakdown; `#date` is the period as stored (YYYY, YYYY-MM or YYYY-MM-DD), which HXL accepts.
 * @throws Error when an observation belongs to another series: one column cannot carry two meanings.
 *
 * @example observationsHxl(darien, observations.filter((o) => o.indicator === 'darien.transits'))
 */
export function observationsHxl(series: SeriesInfo, observations: readonly Observation[]): string {
  const other = observations.find((o) => o.indicator !== series.indicator);
  if (other) throw new Error(`observationsHxl: observation of '${other.indicator}' given for series '${series.indicator}'; export one series at a time`);
  const tags = observationTags(series.indicator);
  const columns = ['indicator', 'origin', 'location', 'period', 'value'].map((name, i) => ({ name, tag: tags[i] ?? null }));
  return hxlCsv(columns, observations.map((o) => [o.indicator, o.origin, o.location, o.period, o.value]));
}
