import { LANGS, localize, needsOfficialSource, versionInForce, type Observation, type Pathway, type SeriesInfo } from '../../domain/index.js';
import type { Field, Table } from './table.js';

const s = (name: string, description: string): Field => ({ name, type: 'string', description });
const perLang = (prefix: string, what: string): Field[] => LANGS.map((l) => s(`${prefix}_${l}`, `${what} (${l})`));
const id = (name: string, description: string): Field => ({ name, type: 'string', description, constraints: { required: true } });
const pathwayRef = { fields: ['pathway_id'], reference: { resource: 'pathways', fields: ['id'] } };

/** One row per pathway: the facts people compare, with unknowns as empty cells. */
export function pathwaysTable(pathways: readonly Pathway[], asOf: string): Table {
  return {
    name: 'pathways', title: 'Pathways', description: `Regular migration pathways of the Americas; in_force is as of ${asOf}.`,
    fields: [
      { ...id('id', 'Pathway identifier'), constraints: { required: true, unique: true } }, s('type', 'Pathway type'),
      s('destinations', 'ISO 3166-1 alpha-2 destination codes, separated by ;'), s('name_original', 'Name in the original language'),
      ...perLang('name', 'Name'), s('status_granted', 'temporary or permanent'), s('duration', 'ISO 8601 duration'),
      { name: 'renewable', type: 'boolean', description: 'Renewable' },
      { name: 'path_to_permanence', type: 'boolean', description: 'Leads to permanent residence' },
      { name: 'right_work', type: 'boolean', description: 'Right to work' }, { name: 'right_family', type: 'boolean', description: 'Family included' },
      { name: 'right_health', type: 'boolean', description: 'Access to health care' }, { name: 'right_education', type: 'boolean', description: 'Access to education' },
      { name: 'free_of_charge', type: 'boolean', description: 'Free of charge' }, { name: 'cap', type: 'integer', description: 'Cap on grants' },
      s('official_url', 'Official application page'), { name: 'in_force', type: 'boolean', description: `An eligibility version is in force on ${asOf}` },
      { name: 'eligibility_versions', type: 'integer', description: 'Number of dated eligibility versions' },
      s('limitations', 'Limitation tags, separated by ;'), { name: 'needs_official_source', type: 'boolean', description: 'No official source yet' },
      { name: 'last_reviewed', type: 'date', description: 'Last checked against its sources' },
    ],
    primaryKey: ['id'],
    rows: pathways.map((p) => [
      p.id, p.type, p.destinations.join(';'), p.name.original.text, ...LANGS.map((l) => localize(p.name, l)),
      p.status_granted.value, p.duration.value, p.renewable.value, p.path_to_permanence.value, p.rights.work.value,
      p.rights.family.value, p.rights.health.value, p.rights.education.value, p.application.free_of_charge.value,
      p.application.cap.value, p.application.official_url.value, versionInForce(p.eligibility, asOf) !== undefined,
      p.eligibility.length, p.limitations.join(';'), needsOfficialSource(p), p.last_reviewed,
    ]),
  };
}

/** One row per criterion of every dated eligibility version, with its JsonLogic rule. */
export function criteriaTable(pathways: readonly Pathway[]): Table {
  return {
    name: 'criteria', title: 'Eligibility criteria', description: 'Every criterion of every dated eligibility version; a person qualifies when all criteria of the version in force are met.',
    fields: [
      id('pathway_id', 'Pathway'), { name: 'valid_from', type: 'date', description: 'First day the version is in force', constraints: { required: true } },
      { name: 'valid_to', type: 'date', description: 'Last day in force (empty: still in force)' }, id('criterion_id', 'Criterion'),
      ...perLang('label', 'Label'), s('rule', 'JsonLogic rule (JSON)'), s('sources', 'Source ids, separated by ;'),
    ],
    primaryKey: ['pathway_id', 'valid_from', 'criterion_id'], foreignKeys: [pathwayRef],
    rows: pathways.flatMap((p) => p.eligibility.flatMap((v) => v.criteria.map((c) => [
      p.id, v.valid_from, v.valid_to, c.id, ...LANGS.map((l) => localize(c.label, l)), JSON.stringify(c.rule), c.sources.join(';'),
    ]))),
  };
}

export function eventsTable(pathways: readonly Pathway[]): Table {
  return {
    name: 'events', title: 'Lifecycle events', description: 'Dated events in each pathway\'s life (opened, extended, closed, …).',
    fields: [id('pathway_id', 'Pathway'), { name: 'date', type: 'date', description: 'Date of the event' }, s('event', 'Kind of event'), ...perLang('note', 'Note'), s('sources', 'Source ids, separated by ;')],
    foreignKeys: [pathwayRef],
    rows: pathways.flatMap((p) => p.lifecycle.map((e) => [p.id, e.date, e.event, ...LANGS.map((l) => localize(e.note, l)), e.sources.join(';')])),
  };
}

export function figuresTable(pathways: readonly Pathway[]): Table {
  return {
    name: 'figures', title: 'Figures', description: 'Reported counts per pathway; kinds measure different things and must not be added together.',
    fields: [id('pathway_id', 'Pathway'), s('kind', 'beneficiaries, applications, approvals, cap or eligible_estimate'), { name: 'count', type: 'integer', description: 'The count' },
      { name: 'as_of', type: 'date', description: 'Date the count refers to' }, s('note_en', 'Note (en)'), s('sources', 'Source ids, separated by ;')],
    foreignKeys: [pathwayRef],
    rows: pathways.flatMap((p) => p.figures.map((f) => [p.id, f.kind, f.count, f.as_of, f.note ? localize(f.note, 'en') : null, f.sources.join(';')])),
  };
}

export function sourcesTable(pathways: readonly Pathway[]): Table {
  return {
    name: 'sources', title: 'Sources', description: 'Every document the facts are taken from, per pathway.',
    fields: [id('pathway_id', 'Pathway'), id('source_id', 'Source id within the pathway'), s('url', 'Address'), s('title', 'Title'),
      s('publisher', 'Publisher'), s('kind', 'official, international_org, academic, press or secondary'), { name: 'date', type: 'date', description: 'Publication date' }],
    primaryKey: ['pathway_id', 'source_id'], foreignKeys: [pathwayRef],
    rows: pathways.flatMap((p) => p.sources.map((x) => [p.id, x.id, x.url, x.title, x.publisher, x.kind, x.date])),
  };
}

export function seriesTable(series: readonly SeriesInfo[]): Table {
  return {
    name: 'series', title: 'Statistical series', description: 'What each statistical series measures, who published it and under which licence.',
    fields: [{ ...id('indicator', 'Indicator'), constraints: { required: true, unique: true } }, s('title', 'Title'), s('description', 'Description'), s('unit', 'Unit'),
      s('frequency', 'monthly, annual or mixed'), s('publisher', 'Publisher'), s('url', 'Publisher\'s page'), s('licence', 'Licence'), s('licence_id', 'Licence id (Open Definition / SPDX)'),
      s('via', 'Compilation it was taken from'), { name: 'published', type: 'date', description: 'Last update by the publisher' }],
    primaryKey: ['indicator'],
    rows: series.map((x) => [x.indicator, x.title, x.description, x.unit, x.frequency, x.publisher, x.url, x.licence, x.licence_id, x.via, x.published]),
  };
}

export function observationsTable(observations: readonly Observation[]): Table {
  return {
    name: 'observations', title: 'Observations', description: 'Values of the statistical series; empty origin = no breakdown by origin.',
    fields: [id('indicator', 'Indicator'), s('origin', 'Origin (three-letter area code)'), s('location', 'Location (three-letter area code)'),
      id('period', 'YYYY, YYYY-MM or YYYY-MM-DD'), { name: 'value', type: 'number', description: 'Value, in the series\' unit' }],
    foreignKeys: [{ fields: ['indicator'], reference: { resource: 'series', fields: ['indicator'] } }],
    rows: observations.map((o) => [o.indicator, o.origin, o.location, o.period, o.value]),
  };
}
