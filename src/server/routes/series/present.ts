import type { Lang } from '../../../domain/index.js';
import type { SeriesListing } from '../../../store/index.js';
import type { Series } from './schema.js';
import { DRAFT_LANGS, SERIES_TEXTS } from './series-texts.js';

/**
 * The only back-to-front contract for a series: its texts in `lang` (English, the original,
 * when no translation exists), its citation and the span it covers.
 */
export function presentSeries(s: SeriesListing, lang: Lang): Series {
  const translated = lang === 'en' ? undefined : SERIES_TEXTS[s.indicator];
  return {
    indicator: s.indicator,
    title: translated && lang !== 'en' ? translated.title[lang] : s.title,
    description: translated && lang !== 'en' ? translated.description[lang] : s.description,
    text_lang: translated ? lang : 'en',
    draft_translation: translated !== undefined && DRAFT_LANGS.includes(lang),
    unit: s.unit,
    frequency: s.frequency,
    measure: s.measure,
    period: { first: s.first_period, last: s.last_period },
    source: { publisher: s.publisher, url: s.url, via: s.via, published: s.published },
    licence: { name: s.licence, id: s.licence_id },
  };
}
