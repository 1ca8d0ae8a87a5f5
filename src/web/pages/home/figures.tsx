import type { SearchFacets } from '../../api/contract.js';
import { useI18n } from '../../i18n/i18n.js';
import { pageHref } from '../../routes.js';

/** The catalogue's headline figures, each with where it comes from. */
export function HeadlineFigures({ facets, today }: { facets: SearchFacets; today: string }) {
  const { t, lang, number, date, rich } = useI18n();
  const open = facets.open_on?.open ?? 0;
  const all = open + (facets.open_on?.closed ?? 0);
  const destinations = Object.values(facets.destination).filter((n) => n > 0).length;
  const free = facets.free_of_charge.true;
  const figures = [
    { id: 'pathways', value: all, label: t('home.figures.pathways', { count: all }) },
    { id: 'open', value: open, label: t('home.figures.open', { count: open }) },
    { id: 'destinations', value: destinations, label: t('home.figures.destinations', { count: destinations }) },
    { id: 'free', value: free, label: t('home.figures.free', { count: free }) },
  ];
  return (
    <section class="figures" aria-labelledby="figures-title">
      <h2 id="figures-title">{t('home.figures.title')}</h2>
      <ul class="figure-list">
        {figures.map((f) => (
          <li key={f.id} data-figure={f.id}>
            <span class="figure-value">{number(f.value)}</span> <span class="figure-label">{f.label}</span>
          </li>
        ))}
      </ul>
      <p class="source">
        {rich('home.figures.source', { date: date(today), data: (parts) => <a href={pageHref(lang, '/data')}>{parts}</a> })}
      </p>
    </section>
  );
}
