import type { SeriesAggregate } from '../../api/contract.js';
import { getSeries, lastWholeYear, seriesAggregates } from '../../api/series.js';
import type { MessageKey } from '../../i18n/catalogue.js';
import { useI18n } from '../../i18n/i18n.js';
import { useApi } from '../../ui/use-api.js';

/** The statistics the home page quotes: the latest whole year of each, with its publisher. */
const HEADLINES = [
  { indicator: 'darien.transits', by: 'year', label: 'home.stats.darien' },
  { indicator: 'cbp.sw_border_encounters', by: 'us_fiscal_year', label: 'home.stats.cbp' },
] as const satisfies readonly { indicator: string; by: SeriesAggregate['by']; label: MessageKey }[];

function Headline({ indicator, by, label }: (typeof HEADLINES)[number]) {
  const { t, lang, number, rich } = useI18n();
  const [figure] = useApi(async (signal) => {
    const [series, aggregate] = await Promise.all([getSeries(indicator, lang, signal), seriesAggregates(indicator, { lang, by }, signal)]);
    return { series, year: lastWholeYear(aggregate) };
  }, [indicator, lang]);
  // A supplementary figure: when its series is not loaded or not reachable, the page goes without it.
  if (!figure.data?.year?.key) return null;
  const { series, year } = figure.data;
  return (
    <li data-figure={indicator}>
      <span class="figure-value">{number(year.value)}</span>{' '}
      <span class="figure-label">{t(label, { count: year.value, year: year.key?.replace(/^FY/, '') ?? '' })}</span>
      <span class="figure-source">{rich('home.stats.source', { publisher: series.source.publisher, link: (parts) => <a href={series.source.url}>{parts}</a> })}</span>
    </li>
  );
}

/** Headline figures from the loaded migration statistics, each with its source. */
export function StatisticsHeadlines() {
  const { t } = useI18n();
  return (
    <section class="figures" aria-labelledby="stats-title">
      <h2 id="stats-title">{t('home.stats.title')}</h2>
      <ul class="figure-list">
        {HEADLINES.map((h) => <Headline key={h.indicator} {...h} />)}
      </ul>
    </section>
  );
}
