import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { formatIssue, readStatistics, type Catalogue } from '../../catalogue/index.js';
import { buildDataPackage, dataPackageZip, pathwaysCsv, pathwaysHxl, pathwaysJson, pathwaysParquet } from '../../catalogue/open-data/index.js';
import { EXIT, UsageError, type Io } from '../io.js';

/** The formats `vias export --format` writes. */
export const EXPORT_FORMATS = ['json', 'csv', 'hxl', 'parquet', 'datapackage', 'zip'] as const;

export interface ExportArgs {
  format: string;
  out?: string | undefined;
  asOf: string;
  data: string;
  version: string;
}

/** Formats written to stdout or `--out FILE` as text. */
const TEXT: Record<string, (catalogue: Catalogue, args: ExportArgs) => string> = {
  json: (c, a) => pathwaysJson(c.pathways, a.version),
  csv: (c, a) => pathwaysCsv(c.pathways, a.asOf),
  hxl: (c, a) => pathwaysHxl(c.pathways, a.asOf),
};

/**
 * `vias export --format json|csv|hxl|parquet|datapackage|zip`: the catalogue as open data. json,
 * csv and hxl (the pathways table with an HXL hashtag row) go to stdout or `--out FILE`; parquet
 * (the pathways table) and zip (the Data Package zipped) are binary and need `--out FILE`;
 * datapackage writes a Frictionless Data Package into `--out DIR`.
 */
export function exportCommand(io: Io, catalogue: Catalogue, args: ExportArgs): number {
  const text = TEXT[args.format];
  if (text) return writeText(io, text(catalogue, args), catalogue, args.out);
  if (args.format === 'parquet') {
    writeFileSync(binaryOut(args), pathwaysParquet(catalogue.pathways, args.asOf, args.version));
    io.err(`✓ wrote ${catalogue.pathways.length} pathways to ${args.out}`);
    return EXIT.ok;
  }
  if (args.format === 'datapackage' || args.format === 'zip') return exportDataPackage(io, catalogue, args);
  throw new UsageError(`--format: '${args.format}' is not one of ${EXPORT_FORMATS.join(', ')}`);
}

function writeText(io: Io, text: string, catalogue: Catalogue, out: string | undefined): number {
  if (out) {
    writeFileSync(out, text);
    io.err(`✓ wrote ${catalogue.pathways.length} pathways to ${out}`);
  } else {
    io.out(text.trimEnd());
  }
  return EXIT.ok;
}

function binaryOut(args: ExportArgs): string {
  if (!args.out) throw new UsageError(`--format ${args.format} is binary and needs --out FILE (the file to write)`);
  return args.out;
}

function exportDataPackage(io: Io, catalogue: Catalogue, args: ExportArgs): number {
  const zip = args.format === 'zip';
  const out = zip ? binaryOut(args) : args.out;
  if (!out) throw new UsageError('--format datapackage needs --out DIR (the folder to write the package into)');
  const { statistics, issues } = readStatistics(args.data);
  if (issues.length > 0) {
    issues.forEach((i) => io.err(formatIssue(i)));
    io.err('✗ the statistics have problems; nothing was written');
    return EXIT.findings;
  }
  const files = buildDataPackage({ ...statistics, pathways: catalogue.pathways, version: args.version, released: args.asOf }, args.data);
  if (zip) {
    writeFileSync(out, dataPackageZip(files, args.asOf));
  } else {
    for (const [path, content] of files) {
      const target = join(out, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, content);
    }
  }
  io.err(`✓ wrote a Data Package with ${catalogue.pathways.length} pathways and ${statistics.observations.length.toLocaleString('en')} observations to ${out}`);
  return EXIT.ok;
}
