import type { PathwayHistory, PathwaySummary } from '../../api/contract.js';
import type { ChartMarker } from '../../charts/markers.js';
import type { EventScope } from './state.js';

type EventEntry = Extract<PathwayHistory['entries'][number], { kind: 'event' }>;
export type LifecycleEventName = EventEntry['event'];

/** The events that open or shut a pathway: what "main" marks. Amendments, extensions and cut-offs are "all". */
export const MAIN_EVENTS: readonly LifecycleEventName[] = ['opened', 'reopened', 'suspended', 'closed'];

/**
 * A nationality no criterion of the catalogue names. The pathways the API does not rule out
 * for its nationals are those open to any nationality, so "admitted for X but not for it" are
 * the pathways whose criteria single X out.
 */
export const ANY_NATIONALITY = 'AQ';

/**
 * The destinations whose pathways a series is read against, listed first: where the count is
 * made (US encounters: the United States), or for the Darién, the country people enter it from
 * (Colombia) and the one the route leads to (the United States). `featured`: the editors' pick
 * marked by default, when more pathways would crowd the chart (the issue's own example: CHNV
 * parole, Safe Mobility and the ETPV on the Darién); without it, every focus pathway is marked.
 */
const FOCUS: readonly { prefix: string; destinations: readonly string[]; featured?: readonly string[] }[] = [
  { prefix: 'darien.', destinations: ['US', 'CO'], featured: ['us-chnv-parole', 'us-safe-mobility-offices', 'co-etpv-ppt'] },
  { prefix: 'cbp.', destinations: ['US'] },
];

/** The destinations a series' default marks come from; none for series without one. */
export function focusDestinations(indicator: string): readonly string[] {
  return FOCUS.find((f) => indicator.startsWith(f.prefix))?.destinations ?? [];
}

/**
 * The pathways marked until the reader chooses: the featured ones that single out this
 * nationality, else every pathway into the focus destinations (`focus`, as `orderCandidates` gives).
 *
 * @example defaultMarks('darien.transits', focus) // ['us-chnv-parole', 'us-safe-mobility-offices', 'co-etpv-ppt']
 */
export function defaultMarks(indicator: string, focus: readonly PathwaySummary[]): string[] {
  const featured = FOCUS.find((f) => indicator.startsWith(f.prefix))?.featured;
  const ids = focus.map((p) => p.id);
  const picked = featured?.filter((id) => ids.includes(id)) ?? [];
  return picked.length ? picked : ids;
}

/**
 * The pathways that single out a nationality: those the API admits its nationals to
 * (`admitted`) less those open to anyone (`openToAnyone`, admitted for `ANY_NATIONALITY`).
 *
 * @example singledOut(forVenezuelans, forAnyone).map((p) => p.id) // […, 'co-etpv-ppt', 'us-chnv-parole', …]
 */
export function singledOut(admitted: readonly PathwaySummary[], openToAnyone: readonly PathwaySummary[]): PathwaySummary[] {
  const general = new Set(openToAnyone.map((p) => p.id));
  return admitted.filter((p) => !general.has(p.id));
}

/**
 * Candidates in the order the page lists them: those into the series' focus destinations
 * first (the default marks), then the others, each group by name in the reader's language.
 */
export function orderCandidates(candidates: readonly PathwaySummary[], indicator: string, lang: string): { focus: PathwaySummary[]; others: PathwaySummary[] } {
  const destinations = focusDestinations(indicator);
  const byName = (a: PathwaySummary, b: PathwaySummary) => a.name.localeCompare(b.name, lang);
  const inFocus = (p: PathwaySummary) => p.destinations.some((d) => destinations.includes(d));
  return { focus: candidates.filter(inFocus).sort(byName), others: candidates.filter((p) => !inFocus(p)).sort(byName) };
}

/**
 * A name short enough to write on a chart: the acronym in brackets when the name has one
 * ("… (CHNV parole)" → "CHNV parole", "Statute … (ETPV) – Permit (PPT)" → "ETPV"), else the name
 * before its brackets, cut after a word to at most `max` characters.
 */
export function shortName(name: string, max = 30): string {
  for (const [, inside] of name.matchAll(/\(([^()]+)\)/g)) {
    if (inside && /\b[A-Z]{2,}\b/.test(inside) && inside.length <= max) return inside;
  }
  const bare = name.replace(/\s*\(.*$/, '').trim() || name;
  if (bare.length <= max) return bare;
  // Cut at a word's end when one is not too far back.
  const cut = bare.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** A lifecycle event to mark, with the pathway it belongs to. */
export interface MarkedEvent {
  pathway: string;
  pathwayName: string;
  /** The index of its pathway among those marked: its rules share a style. */
  group: number;
  date: string;
  event: LifecycleEventName;
  label: string;
  note: string;
  sources: { title: string; publisher: string; url: string }[];
}

/**
 * The events of the `marked` pathways' histories that fall in `from`–`to` (calendar days,
 * inclusive) and in `scope`, in date order.
 */
export function eventsInRange(histories: readonly PathwayHistory[], marked: readonly PathwaySummary[], scope: EventScope, from: string, to: string): MarkedEvent[] {
  const out: MarkedEvent[] = [];
  marked.forEach((pathway, group) => {
    const history = histories.find((h) => h.pathway === pathway.id);
    if (!history) return;
    const sources = new Map(history.sources.map((s) => [s.id, { title: s.title, publisher: s.publisher, url: s.url }]));
    for (const entry of history.entries) {
      if (entry.kind !== 'event' || entry.date < from || entry.date > to) continue;
      if (scope === 'main' && !MAIN_EVENTS.includes(entry.event)) continue;
      out.push({
        pathway: pathway.id, pathwayName: pathway.name, group, date: entry.date, event: entry.event, label: entry.label, note: entry.note,
        sources: entry.sources.flatMap((id) => sources.get(id) ?? []),
      });
    }
  });
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.group - b.group));
}

/** The chart's rules for `events`: "CHNV parole: Opened" on the day it happened. */
export function toMarkers(events: readonly MarkedEvent[]): ChartMarker[] {
  return events.map((e) => ({ id: `${e.pathway}:${e.date}:${e.event}`, date: e.date, label: `${shortName(e.pathwayName)}: ${e.label}`, group: e.group }));
}

/**
 * The first and last calendar day of the periods `from`–`to` (YYYY-MM or YYYY).
 *
 * @example periodDays('2021-02', '2024') // { first: '2021-02-01', last: '2024-12-31' }
 */
export function periodDays(from: string, to: string): { first: string; last: string } {
  const first = from.length === 4 ? `${from}-01-01` : `${from}-01`;
  if (to.length === 4) return { first, last: `${to}-12-31` };
  const [y, m] = to.split('-').map(Number) as [number, number];
  return { first, last: `${to}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}` };
}
