import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { PathwayDetail } from '../../api/contract.js';
import { useI18n } from '../../i18n/i18n.js';

type Record = PathwayDetail['record'];
/** A text of the record in the four languages (domain `Localized`). */
export type LocalizedText = Record['summary'];
/** A sourced fact of the record (domain `Fact`): value null when no source states it. */
export interface FactOf<T> {
  value: T | null;
  sources: string[];
  note?: LocalizedText | undefined;
}

/** Each source's number on the page, so facts can point to it. */
export const SourceNumbers = createContext<Map<string, number>>(new Map());

/** The anchor of source `id` in the page's list of sources. */
export const sourceAnchor = (id: string) => `source-${id}`;

/**
 * A text of the record in the reader's language, marked when it is a draft translation that a
 * fluent speaker has not yet reviewed (the record's `drafts`).
 */
export function Text({ value }: { value: LocalizedText }) {
  const { t, lang } = useI18n();
  const draft = value.drafts?.includes(lang) ?? false;
  return (
    <>
      {value[lang] || value.en}
      {draft ? <> <span class="draft">({t('pathway.draft')})</span></> : null}
    </>
  );
}

/** Links to the sources that state a fact, numbered as in the list of sources. */
export function Cites({ ids }: { ids: readonly string[] }) {
  const { t } = useI18n();
  const numbers = useContext(SourceNumbers);
  const cited = ids.filter((id) => numbers.has(id));
  if (cited.length === 0) return null;
  return (
    <span class="cites">
      <span class="visually-hidden">{t('pathway.cites')}</span>
      {cited.map((id) => {
        const n = numbers.get(id) ?? 0;
        return <a key={id} href={`#${sourceAnchor(id)}`} aria-label={t('pathway.cite', { n })}>[{n}]</a>;
      })}
    </span>
  );
}

/** "Not known", said plainly, never left blank: no source states this fact. */
export function NotKnown() {
  const { t } = useI18n();
  return <span class="not-known">{t('pathway.notKnown')}</span>;
}

/**
 * A sourced fact in words: `render` gives its value, or "Not known" when it is null; then its
 * sources and its note.
 */
export function Fact<T>({ fact, render }: { fact: FactOf<T>; render: (value: T) => ComponentChildren }) {
  return (
    <>
      {fact.value === null ? <NotKnown /> : render(fact.value)}
      <Cites ids={fact.sources} />
      {fact.note ? <span class="fact-note"><Text value={fact.note} /></span> : null}
    </>
  );
}

/** A fact that is yes or no. */
export function YesNo({ fact }: { fact: FactOf<boolean> }) {
  const { t } = useI18n();
  return <Fact fact={fact} render={(v) => t(v ? 'pathway.yes' : 'pathway.no')} />;
}

/** A row of a definition list: the term and the fact. */
export function Row({ term, children, name }: { term: string; children: ComponentChildren; name?: string }) {
  return (
    <div class="fact-row" data-fact={name}>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}
