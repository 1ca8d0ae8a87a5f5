import type { PathwayDetail } from '../../api/contract.js';

type Version = PathwayDetail['record']['eligibility'][number];

/** Where the rules shown first stand on the reader's day. */
export type VersionStanding = 'in_force' | 'upcoming' | 'ended';

/**
 * The rules to show first — those in force `today`, else the newest — and how they stand, with
 * every other version, newest first, so earlier rules stay one click away.
 *
 * @example arrangeVersions(etpv.eligibility, '2026-01-01').standing // 'ended'
 */
export function arrangeVersions(versions: readonly Version[], today: string): { main: Version; standing: VersionStanding; others: Version[] } {
  const newestFirst = [...versions].sort((a, b) => (a.valid_from < b.valid_from ? 1 : a.valid_from > b.valid_from ? -1 : 0));
  // As domain/eligibility.ts `versionInForce`, which is not imported: it would bring zod along.
  const current = versions.find((v) => v.valid_from <= today && (v.valid_to === null || today <= v.valid_to));
  const main = current ?? newestFirst[0];
  if (!main) throw new Error('a pathway has at least one eligibility version');
  const standing: VersionStanding = current ? 'in_force' : main.valid_from > today ? 'upcoming' : 'ended';
  return { main, standing, others: newestFirst.filter((v) => v !== main) };
}
