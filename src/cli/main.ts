import { Command, CommanderError, Option } from 'commander';
import { dataDir, formatIssue, readCatalogue, type Catalogue } from '../catalogue/index.js';
import { todayIso } from '../domain/index.js';
import type { StoreConfig } from '../store/index.js';
import { checkCommand } from './commands/check.js';
import { EXPORT_FORMATS, exportCommand } from './commands/export.js';
import { loadCommand } from './commands/load.js';
import { serveCommand } from './commands/serve.js';
import { testCommand } from './commands/test.js';
import { validateCommand } from './commands/validate.js';
import { EXIT, processIo, UsageError, type Io } from './io.js';

class CatalogueInvalid extends Error {}

/** The dataset release being prepared (data/CHANGELOG.md). */
const DATASET_VERSION = '0.1.0';

function catalogueOrFail(io: Io, data: string): Catalogue {
  const { catalogue, issues } = readCatalogue(data);
  if (issues.length > 0) {
    issues.forEach((i) => io.err(formatIssue(i)));
    throw new CatalogueInvalid(`the catalogue in ${data} has ${issues.length} problem(s); run \`vias validate\``);
  }
  return catalogue;
}

const storeOf = (opts: { db: string }): StoreConfig => ({ kind: 'sqlite', file: opts.db });

const dataOption = () => new Option('--data <dir>', 'catalogue directory').default(dataDir(), 'the bundled data/');
const dbOption = () => new Option('--db <file>', 'SQLite database file').env('VIAS_DB').default('vias.db');

/** Builds the `vias` program; every action stores its exit code in `result`. */
function program(io: Io, result: { code: number }): Command {
  const run = <O>(fn: (options: O) => number | Promise<number>) => async (options: O) => {
    result.code = await fn(options);
  };
  const cli = new Command('vias')
    .description('Vías: the regular migration pathways of the Americas — sourced, dated, executable.')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });

  cli.command('serve').description('serve the API and web app (creates and loads the database on first start)')
    .addOption(dataOption()).addOption(dbOption())
    .addOption(new Option('--port <n>', 'TCP port').env('PORT').default('8080').argParser(parsePort))
    .action(run((o: { data: string; db: string; port: number | string }) => serveCommand(io, catalogueOrFail(io, o.data), o.data, storeOf(o), Number(o.port))));

  cli.command('validate').description('check the catalogue: schema, ids, codes, dates, sources, rules, scenarios')
    .addOption(dataOption())
    .action(run((o: { data: string }) => validateCommand(io, o.data)));

  cli.command('load').description('load the catalogue and the statistics into the database, all or nothing (idempotent)')
    .addOption(dataOption()).addOption(dbOption())
    .action(run((o: { data: string; db: string }) => loadCommand(io, catalogueOrFail(io, o.data), o.data, storeOf(o))));

  cli.command('test').description('run the scenario tests of data/scenarios')
    .addOption(dataOption())
    .action(run((o: { data: string }) => testCommand(io, o.data)));

  cli.command('export').description('write the catalogue as open data (json, csv, hxl, parquet, or a Frictionless Data Package as a folder or zip)')
    .addOption(new Option('--format <format>', 'output format').choices([...EXPORT_FORMATS]).makeOptionMandatory())
    .option('--out <path>', 'file to write (json, csv, hxl: default standard output; parquet, zip: required) or folder (datapackage)')
    .option('--as-of <date>', 'release date, and the date the in_force column is computed for (YYYY-MM-DD)', todayIso())
    .option('--release <version>', 'dataset version recorded in the package', DATASET_VERSION)
    .addOption(dataOption())
    .action(run((o: { format: string; out?: string; asOf: string; release: string; data: string }) =>
      exportCommand(io, catalogueOrFail(io, o.data), { ...o, version: o.release })));

  cli.command('check').description('which pathways a person may use on a date, and why')
    .requiredOption('--profile <file>', 'profile as JSON or YAML; - reads standard input')
    .option('--as-of <date>', 'decide as of this date (YYYY-MM-DD); default today')
    .addOption(new Option('--lang <lang>', 'language of the labels').choices(['en', 'es', 'pt', 'fr']).default('en'))
    .option('--json', 'machine-readable output', false)
    .addOption(dataOption())
    .action(run((o: { profile: string; asOf?: string; lang: string; json: boolean; data: string }) =>
      checkCommand(io, catalogueOrFail(io, o.data), o)));
  return cli;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port: '${value}' is not a TCP port (0–65535)`);
  return port;
}

/**
 * Runs `vias` with `argv` (without node and script) and returns the exit code:
 * 0 ok, 1 failure or findings, 2 usage error.
 */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const result = { code: EXIT.ok as number };
  try {
    await program(io, result).parseAsync(argv, { from: 'user' });
    return result.code;
  } catch (error) {
    if (error instanceof CommanderError) {
      const helpShown = ['commander.helpDisplayed', 'commander.help', 'commander.version'].includes(error.code);
      return helpShown ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof UsageError) {
      io.err(`vias: ${error.message}`);
      return EXIT.usage;
    }
    if (error instanceof CatalogueInvalid) {
      io.err(`vias: ${error.message}`);
      return EXIT.findings;
    }
    io.err(`vias: ${(error as Error).message}`);
    return EXIT.findings;
  }
}
