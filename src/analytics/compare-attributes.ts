import {
  FIGURE_KINDS, localize, needsOfficialSource,
  type Fact, type Lang, type Localized, type Pathway,
} from '../domain/index.js';
import { countryName, formatDuration, formatList, formatMoney, formatNumber } from './format.js';
import { CHANNEL_WORDS, EVENT_WORDS, FIGURE_WORDS, LIMITATION_WORDS, say, STATUS_WORDS, TYPE_WORDS, WORDS, type Words } from './labels.js';
import { openingDate } from './pathway-dates.js';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** One pathway's value of one attribute. */
export interface Cell {
  /** The value as data (null when unknown); lists whose order means nothing are sorted. */
  value: JsonValue;
  /** False when no source states the value. */
  known: boolean;
  /** The value in words, in the asked language. */
  text: string;
  note: string | null;
  /** Ids of the pathway's sources that state it. */
  sources: string[];
}

/** A row of the comparison: a flattened attribute path, its label and how to read it. */
export interface Attribute {
  path: string;
  label: Words;
  cell: (p: Pathway, lang: Lang) => Cell;
}

const known = (value: JsonValue, text: string, sources: string[] = [], note: string | null = null): Cell =>
  ({ value, known: true, text, note, sources });
const unknown = (lang: Lang, sources: string[] = [], note: string | null = null): Cell =>
  ({ value: null, known: false, text: say(WORDS.unknown, lang), note, sources });
const yesNo = (v: boolean, lang: Lang): string => say(v ? WORDS.yes : WORDS.no, lang);
const sorted = (values: readonly string[]): string[] => [...values].sort();
const listOr = (items: readonly string[], lang: Lang): string => (items.length > 0 ? formatList(items, lang) : say(WORDS.none, lang));
/** Our own labels listed in a sentence: "Online and in person", not "Online and In person". */
const labelList = (labels: readonly string[], lang: Lang): string =>
  listOr(labels.map((l, i) => (i === 0 ? l : l.charAt(0).toLocaleLowerCase(lang) + l.slice(1))), lang);
const unique = (ids: readonly string[]): string[] => [...new Set(ids)];

/** A sourced fact: its value (as `toValue` gives it) and words, its note and its sources. */
function fromFact<T>(f: Fact<T>, lang: Lang, words: (v: T) => string, toValue: (v: T) => JsonValue = (v) => v as JsonValue): Cell {
  const note = f.note ? localize(f.note, lang) : null;
  return f.value === null ? unknown(lang, f.sources, note) : known(toValue(f.value), words(f.value), f.sources, note);
}

const text = (path: string, label: Words, pick: (p: Pathway) => Localized | string): Attribute => ({
  path, label, cell: (p, lang) => {
    const t = pick(p);
    return known(typeof t === 'string' ? t : localize(t, lang), typeof t === 'string' ? t : localize(t, lang));
  },
});

const boolFact = (path: string, label: Words, pick: (p: Pathway) => Fact<boolean>): Attribute => ({
  path, label, cell: (p, lang) => fromFact(pick(p), lang, (v) => yesNo(v, lang)),
});

const RIGHTS = [
  ['work', ['Right to work', 'Derecho a trabajar', 'Direito de trabalhar', 'Droit de travailler']],
  ['family', ['Family may come or stay', 'Derecho a la familia', 'Direito à família', 'Droit à la famille']],
  ['health', ['Access to health care', 'Acceso a salud', 'Acesso à saúde', 'Accès aux soins']],
  ['education', ['Access to education', 'Acceso a educación', 'Acesso à educação', 'Accès à l\'éducation']],
] as const;

const latestVersion = (p: Pathway) => p.eligibility.reduce((a, b) => (b.valid_from > a.valid_from ? b : a));

/** Every attribute of a pathway, flattened, in the order a reader meets them. */
export const ATTRIBUTES: readonly Attribute[] = [
  text('name', ['Name', 'Nombre', 'Nome', 'Nom'], (p) => p.name),
  text('name.original', ['Name in the original language', 'Nombre en el idioma original', 'Nome no idioma original', 'Nom dans la langue d\'origine'], (p) => p.name.original.text),
  text('summary', ['Summary', 'Resumen', 'Resumo', 'Résumé'], (p) => p.summary),
  { path: 'type', label: ['Type', 'Tipo', 'Tipo', 'Type'], cell: (p, lang) => known(p.type, say(TYPE_WORDS[p.type], lang)) },
  {
    path: 'destinations', label: ['Destinations', 'Destinos', 'Destinos', 'Destinations'],
    cell: (p, lang) => known(sorted(p.destinations), formatList(p.destinations.map((c) => countryName(c, lang)), lang)),
  },
  { path: 'status_granted', label: ['Status granted', 'Estatus otorgado', 'Status concedido', 'Statut accordé'], cell: (p, lang) => fromFact(p.status_granted, lang, (v) => say(STATUS_WORDS[v], lang)) },
  { path: 'duration', label: ['Duration', 'Duración', 'Duração', 'Durée'], cell: (p, lang) => fromFact(p.duration, lang, (v) => formatDuration(v, lang)) },
  boolFact('renewable', ['Renewable', 'Renovable', 'Renovável', 'Renouvelable'], (p) => p.renewable),
  boolFact('path_to_permanence', ['Leads to permanent residence', 'Conduce a la residencia permanente', 'Leva à residência permanente', 'Mène à la résidence permanente'], (p) => p.path_to_permanence),
  ...RIGHTS.map(([right, label]) => boolFact(`rights.${right}`, label, (p) => p.rights[right])),
  {
    path: 'application.channels', label: ['How to apply', 'Cómo solicitarla', 'Como solicitar', 'Comment demander'],
    cell: (p, lang) => fromFact(p.application.channels, lang, (v) => labelList(v.map((c) => say(CHANNEL_WORDS[c], lang)), lang), (v) => sorted(v)),
  },
  { path: 'application.official_url', label: ['Official website', 'Sitio oficial', 'Site oficial', 'Site officiel'], cell: (p, lang) => fromFact(p.application.official_url, lang, (v) => v) },
  {
    path: 'application.fees', label: ['Fees', 'Tasas', 'Taxas', 'Frais'],
    cell: (p, lang) => fromFact(p.application.fees, lang,
      (fees) => listOr(fees.map((f) => `${localize(f.label, lang)}: ${formatMoney(f.amount, f.currency, lang)}`), lang),
      (fees) => fees.map((f) => ({ amount: f.amount, currency: f.currency }))),
  },
  boolFact('application.free_of_charge', ['Free of charge', 'Gratuita', 'Gratuita', 'Gratuite'], (p) => p.application.free_of_charge),
  { path: 'application.cap', label: ['Cap on places', 'Tope de cupos', 'Limite de vagas', 'Plafond de places'], cell: (p, lang) => fromFact(p.application.cap, lang, (v) => formatNumber(v, lang)) },
  {
    path: 'required_documents', label: ['Required documents', 'Documentos requeridos', 'Documentos exigidos', 'Documents requis'],
    cell: (p, lang) => {
      const labels = p.required_documents.map((d) => localize(d.label, lang));
      return known(sorted(p.required_documents.map((d) => d.id)), listOr(labels, lang), unique(p.required_documents.flatMap((d) => d.sources)));
    },
  },
  {
    path: 'limitations', label: ['Limitations', 'Limitaciones', 'Limitações', 'Limites'],
    cell: (p, lang) => known(sorted(p.limitations), labelList(p.limitations.map((l) => say(LIMITATION_WORDS[l], lang)), lang)),
  },
  { path: 'eligibility.opening_date', label: ['Opened', 'Apertura', 'Abertura', 'Ouverture'], cell: (p) => known(openingDate(p), openingDate(p)) },
  {
    path: 'eligibility.valid_to', label: ['Rules in force until', 'Reglas vigentes hasta', 'Regras em vigor até', 'Règles en vigueur jusqu\'au'],
    cell: (p, lang) => {
      const end = latestVersion(p).valid_to;
      return known(end, end ?? say(WORDS.noEnd, lang));
    },
  },
  {
    path: 'eligibility.criteria', label: ['Who qualifies (latest rules)', 'Quién califica (últimas reglas)', 'Quem se qualifica (regras mais recentes)', 'Qui est admissible (dernières règles)'],
    cell: (p, lang) => {
      const v = latestVersion(p);
      if (!v.rules_known) return unknown(lang, [], v.note ? localize(v.note, lang) : null);
      const labels = v.criteria.map((c) => localize(c.label, lang));
      return known(sorted(labels), formatList(labels, lang), unique(v.criteria.flatMap((c) => c.sources)));
    },
  },
  {
    path: 'lifecycle.latest', label: ['Latest event', 'Último hecho', 'Último evento', 'Dernier événement'],
    cell: (p, lang) => {
      const e = p.lifecycle.reduce<Pathway['lifecycle'][number] | undefined>((a, b) => (!a || b.date >= a.date ? b : a), undefined);
      return e ? known({ date: e.date, event: e.event }, `${e.date}: ${say(EVENT_WORDS[e.event], lang)}`, e.sources, localize(e.note, lang)) : unknown(lang);
    },
  },
  ...FIGURE_KINDS.map((kind): Attribute => ({
    path: `figures.${kind}`, label: FIGURE_WORDS[kind],
    cell: (p, lang) => {
      const f = p.figures.filter((x) => x.kind === kind).reduce<Pathway['figures'][number] | undefined>((a, b) => (!a || b.as_of >= a.as_of ? b : a), undefined);
      return f
        ? known({ count: f.count, as_of: f.as_of }, `${formatNumber(f.count, lang)} (${say(WORDS.asOf, lang)} ${f.as_of})`, f.sources, f.note ? localize(f.note, lang) : null)
        : unknown(lang);
    },
  })),
  {
    path: 'sources', label: ['Sources', 'Fuentes', 'Fontes', 'Sources'],
    cell: (p, lang) => known(sorted(p.sources.map((s) => s.id)), listOr(p.sources.map((s) => s.title), lang), p.sources.map((s) => s.id)),
  },
  {
    path: 'needs_official_source', label: ['Not yet confirmed by an official source', 'Aún sin confirmación de una fuente oficial', 'Ainda sem confirmação de fonte oficial', 'Pas encore confirmé par une source officielle'],
    cell: (p, lang) => known(needsOfficialSource(p), yesNo(needsOfficialSource(p), lang)),
  },
  { path: 'last_reviewed', label: ['Last reviewed', 'Última revisión', 'Última revisão', 'Dernière relecture'], cell: (p) => known(p.last_reviewed, p.last_reviewed) },
];
