import { localize, type Lang, type Pathway } from '../domain/index.js';
import type { PathwayHistory } from './history.schema.js';
import { EVENT_WORDS, say } from './labels.js';

type Entry = PathwayHistory['entries'][number];

/**
 * The pathway's story: its lifecycle events and eligibility versions merged in date order (on
 * one day, events before the version they bring in), texts in `lang`, each entry citing its
 * sources, and the cited sources listed once.
 *
 * @example
 * pathwayHistory(etpv, 'en').entries.map((e) => `${e.date} ${e.kind}`);
 * // ['2021-03-01 event', '2021-03-01 version', '2021-04-28 event', …]
 */
export function pathwayHistory(pathway: Pathway, lang: Lang = 'en'): PathwayHistory {
  const events: Entry[] = pathway.lifecycle.map((e) => ({
    kind: 'event', date: e.date, event: e.event, label: say(EVENT_WORDS[e.event], lang), note: localize(e.note, lang), sources: e.sources,
  }));
  const versions: Entry[] = pathway.eligibility.map((v) => {
    const criteria = v.criteria.map((c) => ({ id: c.id, label: localize(c.label, lang), sources: c.sources }));
    return {
      kind: 'version', date: v.valid_from, valid_from: v.valid_from, valid_to: v.valid_to, rules_known: v.rules_known,
      note: v.note ? localize(v.note, lang) : null, criteria, sources: [...new Set(criteria.flatMap((c) => c.sources))],
    };
  });
  // Array.prototype.sort is stable: same-day entries keep events first, each in record order.
  const entries = [...events, ...versions].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const cited = new Set(entries.flatMap((e) => e.sources));
  return { pathway: pathway.id, lang, entries, sources: pathway.sources.filter((s) => cited.has(s.id)) };
}
