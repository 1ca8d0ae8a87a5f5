import { isIsoDate, versionInForce, type Pathway } from '../domain/index.js';
import type { Coverage } from './coverage.schema.js';
import { QueryError } from './errors.js';
import { versionAdmits } from './nationality.js';

type Cell = Coverage['cells'][number];

/**
 * Which pathways a national of each of `nationalities` could use in each destination on `asOf`:
 * those with an eligibility version in force that day whose criteria do not definitely rule out
 * the partial profile `{nationalities: [X]}` (Kleene logic, as the search's nationality filter).
 * A country is no destination for its own nationals, so the diagonal stays empty. Answers are
 * cached per eligibility version, so a second matrix over the same catalogue costs little.
 * @throws QueryError `invalid_date` when `asOf` is not a real YYYY-MM-DD date.
 *
 * @example
 * const m = coverageMatrix(pathways, ['VE', 'HT'], '2022-06-01');
 * m.cells.find((c) => c.nationality === 'VE' && c.destination === 'CO')?.pathways.map((p) => p.id); // […, 'co-etpv-ppt']
 */
export function coverageMatrix(pathways: readonly Pathway[], nationalities: readonly string[], asOf: string): Coverage {
  if (!isIsoDate(asOf)) throw new QueryError('invalid_date', 'as_of', `as_of must be a real date written YYYY-MM-DD, not '${asOf}'`);
  const rows = [...new Set(nationalities)].sort();
  const destinations = [...new Set(pathways.flatMap((p) => p.destinations))].sort();
  const open = pathways.flatMap((p) => {
    const version = versionInForce(p.eligibility, asOf);
    return version ? [{ p, version }] : [];
  });
  const cells = new Map<string, Cell>();
  for (const nationality of rows) {
    for (const { p, version } of open) {
      const admits = versionAdmits(version, nationality, asOf);
      if (admits === 'not_eligible') continue;
      for (const destination of p.destinations) {
        if (destination === nationality) continue;
        const key = `${nationality}${destination}`;
        let cell = cells.get(key);
        if (!cell) cells.set(key, (cell = { nationality, destination, count: 0, by_type: {}, pathways: [] }));
        cell.count += 1;
        cell.by_type[p.type] = (cell.by_type[p.type] ?? 0) + 1;
        cell.pathways.push({ id: p.id, type: p.type, admits });
      }
    }
  }
  const ordered = [...cells.values()].sort((a, b) => (a.nationality + a.destination < b.nationality + b.destination ? -1 : 1));
  return { as_of: asOf, nationalities: rows, destinations, cells: ordered };
}
