import { Feed } from 'feed';
import type { CatalogueChange } from '../../../analytics/index.js';
import type { Lang, Source } from '../../../domain/index.js';

/**
 * The naming authority of the feed's ids (RFC 4151 tag URIs): the project's domain and the year
 * it named them. An id never changes once published, so this must not follow the server's host.
 */
const TAG_AUTHORITY = 'vias.example,2026';

/** The id of a change or of a feed, e.g. `tag:vias.example,2026:co-etpv-ppt/version/2022-05-29`. */
export const tagUri = (specific: string) => `tag:${TAG_AUTHORITY}:${specific}`;

const WORDS: Record<Lang, { title: string; subtitle: string; page: string; record: string; sources: string }> = {
  en: { title: 'Vías: changes to the catalogue', subtitle: 'New regular migration pathways of the Americas, new eligibility rules and closings, each dated and sourced.', page: 'The pathway', record: 'Its record (JSON)', sources: 'Sources' },
  es: { title: 'Vías: cambios del catálogo', subtitle: 'Nuevas vías regulares de migración de las Américas, nuevas reglas de elegibilidad y cierres, con fecha y fuente.', page: 'La vía', record: 'Su registro (JSON)', sources: 'Fuentes' },
  pt: { title: 'Vías: mudanças no catálogo', subtitle: 'Novas vias regulares de migração das Américas, novas regras de elegibilidade e encerramentos, com data e fonte.', page: 'A via', record: 'O registro (JSON)', sources: 'Fontes' },
  fr: { title: 'Vías : changements du catalogue', subtitle: 'Nouvelles voies de migration régulière des Amériques, nouvelles règles d\'admissibilité et fermetures, datées et sourcées.', page: 'La voie', record: 'Sa fiche (JSON)', sources: 'Sources' },
};

/** Titles and summaries are sent as `type="html"`: text is escaped to stay text. */
const html = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Where a pathway is read: the web app's page in the feed's language and the API's record. */
export function pathwayLinks(origin: string, lang: Lang, pathway: string) {
  return { page: `${origin}/${lang}/pathways/${pathway}`, record: `${origin}/api/pathways/${pathway}?lang=${lang}` };
}

export interface ChangesFeedOptions {
  lang: Lang;
  /** Scheme and host the links start with, e.g. `https://vias.example`. */
  origin: string;
  /** The URL the feed was asked at (its `rel="self"` link). */
  self: string;
  /** When no change is listed, the feed is dated this day (YYYY-MM-DD). */
  until: string;
  /** The sources each pathway cites, by pathway and source id, to link the sources of a change. */
  sourcesOf: (pathway: string) => readonly Source[];
}

function content(change: CatalogueChange, { lang, origin, sourcesOf }: ChangesFeedOptions): string {
  const words = WORDS[lang];
  const links = pathwayLinks(origin, lang, change.pathway);
  const cited = sourcesOf(change.pathway).filter((s) => change.sources.includes(s.id));
  return [
    ...(change.note ? [`<p>${html(change.note)}</p>`] : []),
    ...(cited.length > 0 ? [`<p>${words.sources}: ${cited.map((s) => `<a href="${html(s.url)}">${html(s.title)}</a>`).join('; ')}</p>`] : []),
    `<p><a href="${html(links.page)}">${words.page}</a> · <a href="${html(links.record)}">${words.record}</a></p>`,
  ].join('\n');
}

/**
 * An Atom 1.0 feed (RFC 4287) of catalogue changes, newest first as `changes` come: each entry
 * has a tag URI made from the change's id (the same in every language), is `updated` on the
 * change's day, links to the pathway's page, and says in its content what changed, after which
 * sources, with links to the page and to the API's record. The feed is `updated` on its newest
 * change.
 *
 * @example changesAtom(catalogueChanges(pathways, { lang: 'es', until }), { lang: 'es', origin, self, until, sourcesOf })
 */
export function changesAtom(changes: readonly CatalogueChange[], options: ChangesFeedOptions): string {
  const { lang, origin, self } = options;
  const words = WORDS[lang];
  const day = (date: string) => new Date(`${date}T00:00:00Z`);
  const feed = new Feed({
    id: tagUri(`changes/${lang}`),
    title: words.title,
    description: words.subtitle,
    updated: day(changes[0]?.date ?? options.until),
    link: `${origin}/${lang}/`,
    feed: self,
    language: lang,
    author: { name: 'The Vías contributors' },
    copyright: 'CC BY 4.0',
    generator: false,
  });
  for (const change of changes) {
    feed.addItem({
      id: tagUri(change.id),
      title: html(change.title),
      link: pathwayLinks(origin, lang, change.pathway).page,
      date: day(change.date),
      published: day(change.date),
      ...(change.note ? { description: html(change.note) } : {}),
      content: content(change, options),
      category: [{ term: change.kind }],
    });
  }
  return feed.atom1();
}
