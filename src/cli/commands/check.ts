import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { isIsoDate, LANGS, parseProfile, todayIso, type CheckReport, type Lang } from '../../domain/index.js';
import { checkCatalogue } from '../../rules/index.js';
import type { Catalogue } from '../../catalogue/index.js';
import { EXIT, UsageError, type Io } from '../io.js';
import { renderReport } from '../render-report.js';

export interface CheckArgs {
  profile: string;
  asOf?: string | undefined;
  lang: string;
  json: boolean;
}

/**
 * `vias check`: every pathway of the catalogue for one profile on one date. The `--json` shape
 * is a contract that others script against (see README).
 */
export async function checkCommand(io: Io, catalogue: Catalogue, args: CheckArgs): Promise<number> {
  const asOf = args.asOf ?? todayIso();
  if (!isIsoDate(asOf)) throw new UsageError(`--as-of: '${asOf}' is not a real date written YYYY-MM-DD`);
  if (!(LANGS as readonly string[]).includes(args.lang)) throw new UsageError(`--lang: '${args.lang}' is not one of ${LANGS.join(', ')}`);
  const text = args.profile === '-' ? await io.readStdin() : readProfileFile(args.profile);
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (error) {
    throw new UsageError(`--profile: not valid JSON or YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const parsed = parseProfile(raw, catalogue.variables);
  if (!parsed.ok) {
    throw new UsageError(['the profile is not valid:', ...parsed.issues.map((i) => `  ${i.path || '(profile)'}: ${i.message}`)].join('\n'));
  }
  const report: CheckReport = checkCatalogue(catalogue.pathways, parsed.profile, { asOf, lang: args.lang as Lang });
  if (args.json) {
    io.out(JSON.stringify({
      as_of: report.as_of,
      results: report.results.map((r) => ({
        pathway: r.pathway, outcome: r.outcome, criteria: r.criteria.map(({ id, met, label }) => ({ id, met, label })), missing: r.missing,
      })),
    }, null, 2));
  } else {
    io.out(renderReport(report, catalogue, args.lang as Lang));
  }
  return EXIT.ok;
}

function readProfileFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`--profile: cannot read '${path}': ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}
