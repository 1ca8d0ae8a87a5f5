import MiniSearch from 'minisearch';
import { LANGS, type Localized, type Pathway } from '../domain/index.js';

/**
 * Lower case without diacritics, the ligatures spelled out: "Migración" and "migracion" are one
 * term, as are "Œuvre" and "oeuvre".
 *
 * @example foldTerm('Régularisation') // 'regularisation'
 */
export function foldTerm(term: string): string {
  const lower = term.toLowerCase();
  if (/^[\x20-\x7e]*$/.test(lower)) return lower; // most words: no accent to strip, no need to normalize
  return lower.normalize('NFD').replace(/\p{M}+/gu, '').replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/ß/g, 'ss');
}

/**
 * Words too common in the four languages to narrow a search. They are dropped from a query that
 * has other words, since every word of a query must match ("visa for Haitians" needs no "for").
 */
const STOP_WORDS = new Set([
  'a', 'an', 'and', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with',
  'al', 'con', 'de', 'del', 'el', 'en', 'la', 'las', 'los', 'para', 'por', 'un', 'una', 'y',
  'com', 'da', 'das', 'do', 'dos', 'e', 'em', 'na', 'no', 'o', 'os', 'um', 'uma',
  'au', 'aux', 'd', 'des', 'du', 'et', 'l', 'le', 'les', 'pour', 'une',
]);

const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];

interface Document { id: string; name: string; summary: string; details: string }

/** Every localized text inside `value` (criteria, notes, documents, fees…), in all four languages. */
function localizedTexts(value: unknown, out: string[]): string[] {
  if (Array.isArray(value)) value.forEach((v) => localizedTexts(v, out));
  else if (typeof value === 'object' && value !== null) {
    if (LANGS.every((l) => typeof (value as Partial<Localized>)[l] === 'string')) out.push(...LANGS.map((l) => (value as Localized)[l]));
    else Object.values(value).forEach((v) => localizedTexts(v, out));
  }
  return out;
}

function toDocument(p: Pathway): Document {
  const { name, summary, sources, ...rest } = p;
  return {
    id: p.id,
    name: [...LANGS.map((l) => name[l]), name.original.text].join('\n'),
    summary: LANGS.map((l) => summary[l]).join('\n'),
    // Once each: versions often repeat a note or a criterion word for word.
    details: [...new Set([p.id, ...localizedTexts(rest, []), ...sources.flatMap((s) => [s.title, s.publisher])])].join('\n'),
  };
}

const indexes = new WeakMap<readonly Pathway[], MiniSearch<Document>>();

function indexOf(pathways: readonly Pathway[]): MiniSearch<Document> {
  let index = indexes.get(pathways);
  if (!index) {
    index = new MiniSearch<Document>({ fields: ['name', 'summary', 'details'], processTerm: foldTerm });
    index.addAll(pathways.map(toDocument));
    indexes.set(pathways, index);
  }
  return index;
}

/** The query's words, folded, without stop words unless it has nothing else. */
export function queryTerms(q: string): string[] {
  const terms = tokenize(q).map(foldTerm).filter((t) => t.length > 0);
  const meaningful = terms.filter((t) => !STOP_WORDS.has(t));
  return meaningful.length > 0 ? meaningful : terms;
}

/**
 * Full-text search over names (weighted most), summaries and every other localized text and
 * source title, in all four languages at once: accent- and case-insensitive, every word must
 * match, as a prefix ("migra" finds "migratoria") or, for words of six letters or more, with one
 * typo (two from ten letters). Returns each matching pathway's relevance score, or null when the
 * query has no words (then it filters nothing). The index is built once per `pathways` array.
 *
 * @example textScores(pathways, 'migracion')?.has('cl-regularizacion-2021-ley-21325') // true
 */
export function textScores(pathways: readonly Pathway[], q: string): Map<string, number> | null {
  const terms = queryTerms(q);
  if (terms.length === 0) return null;
  const hits = indexOf(pathways).search(terms.join(' '), {
    combineWith: 'AND',
    prefix: true,
    fuzzy: (term) => (term.length >= 6 ? 0.15 : false),
    maxFuzzy: 2,
    boost: { name: 3, summary: 1.5 },
  });
  return new Map(hits.map((h) => [String(h.id), h.score]));
}
