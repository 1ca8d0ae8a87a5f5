import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildDataPackage, formatIssue, pathwaysTable, readStatistics, toCsv, type Catalogue } from '../../catalogue/index.js';
import { EXIT, UsageError, type Io } from '../io.js';

export interface ExportArgs {
  format: string;
  out?: string | undefined;
  asOf: string;
  data: string;
  version: string;
}

/**
 * `vias export --format json|csv|datapackage`: the catalogue as open data. json and csv go to
 * stdout or `--out FILE`; datapackage writes a Frictionless Data Package into `--out DIR`.
 */
export function exportCommand(io: Io, catalogue: Catalogue, args: ExportArgs): number {
  if (args.format === 'datapackage') return exportDataPackage(io, catalogue, args);
  let text: string;
  if (args.format === 'json') text = `${JSON.stringify({ pathways: catalogue.pathways }, null, 2)}\n`;
  else if (args.format === 'csv') text = toCsv(pathwaysTable(catalogue.pathways, args.asOf));
  else throw new UsageError(`--format: '${args.format}' is not one of json, csv, datapackage`);
  if (args.out) {
    writeFileSync(args.out, text);
    io.err(`✓ wrote ${catalogue.pathways.length} pathways to ${args.out}`);
  } else {
    io.out(text.trimEnd());
  }
  return EXIT.ok;
}

function exportDataPackage(io: Io, catalogue: Catalogue, args: ExportArgs): number {
  if (!args.out) throw new UsageError('--format datapackage needs --out DIR (the folder to write the package into)');
  const { statistics, issues } = readStatistics(args.data);
  if (issues.length > 0) {
    issues.forEach((i) => io.err(formatIssue(i)));
    io.err('✗ the statistics have problems; nothing was written');
    return EXIT.findings;
  }
  const files = buildDataPackage({ ...statistics, pathways: catalogue.pathways, version: args.version, released: args.asOf }, args.data);
  for (const [path, content] of files) {
    const target = join(args.out, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  io.err(`✓ wrote a Data Package with ${catalogue.pathways.length} pathways and ${statistics.observations.length.toLocaleString('en')} observations to ${args.out}`);
  return EXIT.ok;
}
