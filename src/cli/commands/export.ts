import { writeFileSync } from 'node:fs';
import { localize, needsOfficialSource, versionInForce, type Pathway } from '../../domain/index.js';
import type { Catalogue } from '../../catalogue/index.js';
import { EXIT, UsageError, type Io } from '../io.js';

const CSV_COLUMNS = [
  'id', 'type', 'destinations', 'name_original', 'name_en', 'name_es', 'name_pt', 'name_fr', 'status_granted', 'duration',
  'renewable', 'path_to_permanence', 'right_work', 'right_family', 'right_health', 'right_education', 'free_of_charge',
  'cap', 'official_url', 'in_force_on', 'eligibility_versions', 'limitations', 'needs_official_source', 'source_urls', 'last_reviewed',
] as const;

/** `vias export --format json|csv`: the catalogue as open data, to stdout or `--out`. */
export function exportCommand(io: Io, catalogue: Catalogue, args: { format: string; out?: string | undefined; asOf: string }): number {
  let text: string;
  if (args.format === 'json') text = `${JSON.stringify({ pathways: catalogue.pathways }, null, 2)}\n`;
  else if (args.format === 'csv') text = toCsv(catalogue.pathways, args.asOf);
  else throw new UsageError(`--format: '${args.format}' is not one of json, csv`);
  if (args.out) {
    writeFileSync(args.out, text);
    io.err(`✓ wrote ${catalogue.pathways.length} pathways to ${args.out}`);
  } else {
    io.out(text.trimEnd());
  }
  return EXIT.ok;
}

/** RFC 4180 CSV: one row per pathway; unknown facts are empty cells, lists are `;`-separated. */
export function toCsv(pathways: readonly Pathway[], asOf: string): string {
  const rows = pathways.map((p) => {
    const cells: Record<(typeof CSV_COLUMNS)[number], unknown> = {
      id: p.id, type: p.type, destinations: p.destinations.join(';'), name_original: p.name.original.text,
      name_en: localize(p.name, 'en'), name_es: localize(p.name, 'es'), name_pt: localize(p.name, 'pt'), name_fr: localize(p.name, 'fr'),
      status_granted: p.status_granted.value, duration: p.duration.value, renewable: p.renewable.value,
      path_to_permanence: p.path_to_permanence.value, right_work: p.rights.work.value, right_family: p.rights.family.value,
      right_health: p.rights.health.value, right_education: p.rights.education.value,
      free_of_charge: p.application.free_of_charge.value, cap: p.application.cap.value, official_url: p.application.official_url.value,
      in_force_on: versionInForce(p.eligibility, asOf) ? asOf : null, eligibility_versions: p.eligibility.length,
      limitations: p.limitations.join(';'), needs_official_source: needsOfficialSource(p),
      source_urls: p.sources.map((s) => s.url).join(' '), last_reviewed: p.last_reviewed,
    };
    return CSV_COLUMNS.map((c) => csvCell(cells[c])).join(',');
  });
  return `${[CSV_COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
}

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
