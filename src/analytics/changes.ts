import { localize, type Lang, type Pathway } from '../domain/index.js';
import type { CatalogueChange } from './changes.schema.js';
import { say, type Words } from './labels.js';

type Kind = CatalogueChange['kind'];

const TITLES: Record<Kind, Words> = {
  new_pathway: ['New pathway: {name}', 'Nueva vía: {name}', 'Nova via: {name}', 'Nouvelle voie : {name}'],
  new_version: ['New eligibility rules: {name}', 'Nuevas reglas de elegibilidad: {name}', 'Novas regras de elegibilidade: {name}', 'Nouvelles règles d\'admissibilité : {name}'],
  closed: ['Closed: {name}', 'Cerrada: {name}', 'Encerrada: {name}', 'Fermée : {name}'],
};

export interface ChangesOptions {
  lang?: Lang;
  /** Leave out changes dated after this day (e.g. today: scheduled closings are not news yet). */
  until?: string;
}

interface Dated { date: string; kind: Kind; key: string; note: string | null; sources: string[] }

function changesOf(p: Pathway, lang: Lang): Dated[] {
  const versions = [...p.eligibility].sort((a, b) => (a.valid_from < b.valid_from ? -1 : 1));
  const sourcesOf = (v: (typeof versions)[number]) => [...new Set(v.criteria.flatMap((c) => c.sources))];
  const noteOf = (v: (typeof versions)[number]) => (v.note ? localize(v.note, lang) : null);
  const records = [
    ...p.lifecycle.map((e) => ({ date: e.date, note: localize(e.note, lang), sources: e.sources })),
    ...versions.map((v) => ({ date: v.valid_from, note: noteOf(v), sources: sourcesOf(v) })),
  ];
  const first = records.reduce((a, b) => (b.date < a.date ? b : a));
  const closings = p.lifecycle.filter((e) => e.event === 'closed');
  const last = versions.at(-1);
  return [
    { date: first.date, kind: 'new_pathway', key: 'new', note: first.note, sources: first.sources },
    ...versions.slice(1).map((v): Dated => ({ date: v.valid_from, kind: 'new_version', key: `version/${v.valid_from}`, note: noteOf(v), sources: sourcesOf(v) })),
    ...closings.map((e): Dated => ({ date: e.date, kind: 'closed', key: `closed/${e.date}`, note: localize(e.note, lang), sources: e.sources })),
    // No event records the closing, but the rules end: their last day is the closing.
    ...(closings.length === 0 && last?.valid_to ? [{ date: last.valid_to, kind: 'closed' as const, key: `closed/${last.valid_to}`, note: null, sources: sourcesOf(last) }] : []),
  ];
}

/**
 * The catalogue's dated changes, newest first (then by id): each pathway's first record, every
 * later eligibility version, and its closings, with a stable id, a title in `lang`, and the ids
 * of the sources that report it. For the Atom feed.
 *
 * @example
 * catalogueChanges(pathways, { lang: 'es', until: '2026-11-28' })[0];
 * // { id: 'us-tps-honduras/closed/2026-02-10', kind: 'closed', title: 'Cerrada: …', … }
 */
export function catalogueChanges(pathways: readonly Pathway[], { lang = 'en', until }: ChangesOptions = {}): CatalogueChange[] {
  const all = pathways.flatMap((p) => {
    const name = localize(p.name, lang);
    const seen = new Map<string, number>();
    return changesOf(p, lang).map(({ key, ...c }) => {
      const n = (seen.get(key) ?? 0) + 1; // two closings on one day keep distinct ids
      seen.set(key, n);
      const title = say(TITLES[c.kind], lang).replace('{name}', name);
      return { id: `${p.id}/${key}${n > 1 ? `/${n}` : ''}`, date: c.date, pathway: p.id, kind: c.kind, title, note: c.note, sources: c.sources };
    });
  });
  return all
    .filter((c) => until === undefined || c.date <= until)
    .sort((a, b) => (a.date > b.date ? -1 : a.date < b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
