/** An ISO 8601 duration of the catalogue (`P2Y`, `P1Y6M`, `P180D`) in its parts, for words. */
export interface DurationParts {
  years: number;
  months: number;
  weeks: number;
  days: number;
}

const DURATION = /^P(?=\d)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?$/;

/**
 * The parts of `iso`, or null when it is not a duration the catalogue writes (no time parts).
 *
 * @example parseDuration('P1Y6M') // { years: 1, months: 6, weeks: 0, days: 0 }
 */
export function parseDuration(iso: string): DurationParts | null {
  const match = DURATION.exec(iso);
  if (!match) return null;
  const [, years, months, weeks, days] = match.map((part) => Number(part ?? 0));
  return { years: years ?? 0, months: months ?? 0, weeks: weeks ?? 0, days: days ?? 0 };
}
