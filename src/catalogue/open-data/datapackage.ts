import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Observation, Pathway, SeriesInfo } from '../../domain/index.js';
import { pathwaysJson } from './downloads.js';
import { toCsv, type Table } from './table.js';
import { criteriaTable, eventsTable, figuresTable, observationsTable, pathwaysTable, seriesTable, sourcesTable } from './tables.js';

export interface OpenDataInput {
  pathways: readonly Pathway[];
  series: readonly SeriesInfo[];
  observations: readonly Observation[];
  /** Release version of the dataset (see data/CHANGELOG.md). */
  version: string;
  /** Release date, YYYY-MM-DD; also the date `in_force` is computed for. */
  released: string;
}

const CC_BY = { name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0 International' };

/** Upstream files shipped with the package so their licences travel with the figures. */
const UPSTREAM_FILES = [
  'statistics/LICENSE-gdidata.txt', 'statistics/LICENSE-unhcrdatapackage.txt', 'statistics/README-gdidata-upstream.md',
  'reference/country-codes.datapackage.yml', 'CHANGELOG.md',
];

/**
 * The catalogue and statistics as a Frictionless Data Package v2: `datapackage.json`, one CSV per
 * table, the full records as JSON, CITATION.cff, our licence and the upstream licences.
 * Returns file paths (relative to the package folder) and their contents.
 */
export function buildDataPackage(input: OpenDataInput, dataDir: string): Map<string, string> {
  const tables: Table[] = [
    pathwaysTable(input.pathways, input.released), criteriaTable(input.pathways), eventsTable(input.pathways),
    figuresTable(input.pathways), sourcesTable(input.pathways), seriesTable(input.series), observationsTable(input.observations),
  ];
  const files = new Map<string, string>();
  for (const table of tables) files.set(`data/${table.name}.csv`, toCsv(table));
  files.set('data/pathways.json', pathwaysJson(input.pathways, input.version));
  files.set('datapackage.json', `${JSON.stringify(descriptor(input, tables), null, 2)}\n`);
  files.set('CITATION.cff', citation(input));
  files.set('LICENSE.md', licence());
  for (const path of UPSTREAM_FILES) files.set(`upstream/${path.split('/').pop() as string}`, readFileSync(join(dataDir, path), 'utf8'));
  return files;
}

function descriptor(input: OpenDataInput, tables: Table[]) {
  const upstream = [...new Map(input.series.map((s) => [s.publisher, { title: s.publisher, path: s.url }])).values()];
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: 'vias-regular-pathways-americas',
    title: 'Vías: regular migration pathways of the Americas',
    description: 'Regional mobility agreements, labour programmes, humanitarian visas, parole, temporary protection and regularizations of the Americas, with dated, executable eligibility rules and sourced facts, and the migration statistics they are read against.',
    version: input.version,
    created: `${input.released}T00:00:00Z`,
    keywords: ['migration', 'regular pathways', 'Americas', 'regularization', 'temporary protection', 'humanitarian visa', 'labour migration'],
    licenses: [CC_BY],
    contributors: [{ title: 'The Vías contributors', roles: ['creator'] }],
    sources: [
      { title: 'Sources cited in each pathway record (see data/sources.csv)' },
      ...upstream,
      { title: 'datasets/country-codes (ISO 3166-1, UN M49)', path: 'https://github.com/datasets/country-codes' },
    ],
    resources: tables.map((t) => ({
      name: t.name, type: 'table', path: `data/${t.name}.csv`, format: 'csv', mediatype: 'text/csv', encoding: 'utf-8',
      title: t.title, description: t.description,
      // The Data Package schema wants at least one licence when `licenses` is given.
      ...((t.name === 'series' || t.name === 'observations') && input.series.length > 0 ? { licenses: seriesLicences(input.series) } : {}),
      schema: {
        fields: t.fields,
        ...(t.primaryKey ? { primaryKey: t.primaryKey } : {}),
        ...(t.foreignKeys ? { foreignKeys: t.foreignKeys } : {}),
      },
    })),
  };
}

/** Licence URLs for the ids series.yaml uses; others are described by id and title only. */
const LICENCE_PATHS: Record<string, string> = {
  'CC-BY-4.0': 'https://creativecommons.org/licenses/by/4.0/',
  'CC-BY-3.0-IGO': 'https://creativecommons.org/licenses/by/3.0/igo/',
};

function seriesLicences(series: readonly SeriesInfo[]) {
  const byId = new Map(series.map((s) => [s.licence_id, s.licence]));
  return [...byId].map(([name, title]) => ({ name, title, ...(LICENCE_PATHS[name] ? { path: LICENCE_PATHS[name] } : {}) }));
}

function citation(input: OpenDataInput): string {
  return [
    'cff-version: 1.2.0',
    'message: "If you use this dataset, please cite it as below, and cite the original source of each fact you rely on (data/sources.csv)."',
    'type: dataset',
    'title: "Vías: regular migration pathways of the Americas"',
    `version: "${input.version}"`,
    `date-released: "${input.released}"`,
    'license: CC-BY-4.0',
    'authors:',
    '  - name: "The Vías contributors"',
    'keywords: [migration, regular pathways, Americas, open data]',
    '',
  ].join('\n');
}

function licence(): string {
  return `# Licences

The curation of this dataset — the pathway records, their eligibility rules, translations and
scenarios — by the Vías contributors is licensed under the Creative Commons Attribution 4.0
International licence (CC BY 4.0): https://creativecommons.org/licenses/by/4.0/. You may share and
adapt it for any purpose, provided you give credit to "Vías", link to the licence and say what you
changed.

Facts are taken from the documents cited for each pathway (data/sources.csv); cite them too.

The statistical series remain under their publishers' terms (data/series.csv, column \`licence\`):
U.S. CBP encounter data are works of the U.S. Government (public domain); UN DESA International
Migrant Stock 2024 is CC BY 3.0 IGO; UNHCR Refugee Data Finder statistics are CC BY 4.0. They were
taken from the gdidata and unhcrdatapackage compilations (MIT; upstream/). Country codes and
regions come from datasets/country-codes (ODC-PDDL-1.0; upstream/country-codes.datapackage.yml).
`;
}
