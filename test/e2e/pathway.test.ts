import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, startWebTestEnv, watchPage, type WebTestEnv } from './web-server.js';

// The pathway page on the real catalogue: a free one closed after dated events (Colombia's ETPV),
// one resting on press reports alone (Argentina's visa for Ukrainians), a closed parole (CHNV).
let env: WebTestEnv;
beforeAll(async () => { env = await startWebTestEnv(); });
afterAll(async () => env?.close());

async function open(path: string, ready: string) {
  const context = await env.browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  const seen = watchPage(page);
  await page.goto(`${env.base}${path}`);
  await page.waitForSelector(ready);
  return { page, seen, close: () => context.close() };
}

type Page = Awaited<ReturnType<typeof open>>['page'];
/** The text shown in each node matching `selector`, spaces collapsed, without what only screen readers hear. */
const texts = (page: Page, selector: string) => page.locator(selector).evaluateAll((nodes) => nodes.map((n) => {
  const copy = n.cloneNode(true) as Element;
  copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}));
const text = async (page: Page, selector: string) => (await texts(page, selector))[0];

describe('web app: pathway page', () => {
  it('tells the whole record of a free, closed pathway in English: summary, rules, what it grants, sources', async () => {
    const { page, seen, close } = await open('/en/pathways/co-etpv-ppt', 'article.pathway');
    expect(await page.locator('h1').textContent()).toBe('Temporary Protection Statute for Venezuelan Migrants (ETPV) – Temporary Protection Permit (PPT)');
    expect(await page.title()).toMatch(/^Temporary Protection Statute .* — Vías$/);
    expect(await page.locator('p.original').getAttribute('lang')).toBe('es');
    expect(await page.locator('.summary').textContent()).toContain('Colombia\'s ten-year protection regime for Venezuelans');
    expect(await page.locator('[data-tag="open"]').textContent()).toBe('Closed');
    // Closed in 2023: its last rules come first, said to be no longer in force, dated; the first rules one click away.
    expect((await page.locator('.rules[data-standing="ended"] h3').textContent())?.replace(/\s+/g, ' ')).toBe('Its last rules, no longer in force: From May 29, 2022 to November 24, 2023');
    expect(await texts(page, '.rules[data-standing="ended"] [data-criterion] ')).toEqual([
      'Venezuelan national [1]', 'Lives in Colombia [1]', 'No criminal record [1]', 'Entered Colombia regularly between 29 May 2021 and 28 May 2023 [1][5]',
    ]);
    expect(await page.isVisible('[data-version="2021-03-01"]')).toBe(false);
    await page.click('.other-versions summary');
    expect(await page.locator('[data-version="2021-03-01"] h4').textContent()).toBe('From March 1, 2021 to May 28, 2022');
    expect(await page.locator('[data-version="2021-03-01"] [data-criterion="in-colombia-by-cutoff-or-regular-entry"]').textContent()).toContain('In Colombia on 31 January 2021');
    // What it grants, each fact sourced; what no source states is said to be unknown.
    expect(await text(page, '[data-fact="duration"] dd')).toMatch(/^10 years\[1\]The protection regime lasts ten years/);
    expect(await text(page, '[data-fact="renewable"] dd')).toBe('Not known');
    expect(await text(page, '[data-fact="rights.work"] dd')).toBe('Yes[1]');
    expect(await text(page, '[data-fact="channels"] dd')).toBe('Online and in person[2]');
    // Free of charge: said plainly, with a warning against those who charge for it anyway.
    expect(await page.locator('[data-notice="free"] strong').textContent()).toBe('This procedure is free');
    expect(await page.locator('[data-notice="free"] .scam').textContent()).toContain('Beware of scams');
    expect(await page.locator('[data-fact="official_url"] a.official-link').getAttribute('href')).toBe('https://www.migracioncolombia.gov.co/');
    expect(await page.locator('[data-standing="press_only"], [data-standing="unconfirmed"]').count()).toBe(0);
    // Every source with its publisher, kind and date (or that it has none); a citation leads to it.
    expect(await texts(page, '.sources li .source-meta')).toEqual([
      'www1.funcionpublica.gov.co · Presidencia de la República de Colombia (via Función Pública, Gestor Normativo) · Official text · Dated March 1, 2021',
      'normograma.legislacionarl.co · Migración Colombia (compiled by Normograma ARL) · Official text · Dated April 28, 2021',
      'www.eltiempo.com · El Tiempo · Press · Undated',
      'eltabloide.com.co · El Tabloide · Press · Undated',
      'meridiano.net · Meridiano · Press · Dated December 29, 2023',
      'elimpulso.com · El Impulso · Press · Dated December 19, 2023',
    ]);
    expect(await page.locator('[data-source="decreto-216-2021"] a').getAttribute('href')).toBe('https://www1.funcionpublica.gov.co/eva/gestornormativo/norma.php?i=159606');
    await page.click('[data-fact="channels"] .cites a');
    expect(page.url()).toMatch(/\/en\/pathways\/co-etpv-ppt#source-resolucion-971-2021$/);
    expect(seen.errors).toEqual([]);
    await close();
  });

  it('gives its timeline and figures in Spanish, the figures also as a table', async () => {
    const { page, close } = await open('/es/pathways/co-etpv-ppt', 'article.pathway');
    expect(await page.locator('h1').textContent()).toBe('Estatuto Temporal de Protección para Migrantes Venezolanos (ETPV) – Permiso por Protección Temporal (PPT)');
    expect(await page.locator('.original').count()).toBe(0);
    expect(await page.locator('[data-notice="free"] strong').textContent()).toBe('Este trámite es gratuito');
    expect(await texts(page, '.rules[data-standing="ended"] [data-criterion]')).toContain('Nacional de Venezuela [1]');
    expect(await texts(page, '.timeline li')).toEqual([
      '1 de marzo de 2021 Abierta El Decreto 216 de 2021 adopta el estatuto. [1]',
      '1 de marzo de 2021 Entran en vigor nuevas reglas Del 1 de marzo de 2021 al 28 de mayo de 2022',
      '28 de abril de 2021 Modificada La Resolución 971 de Migración Colombia establece el procedimiento de registro. [2]',
      '28 de mayo de 2022 Cambio de la fecha de corte Cierra el prerregistro para quienes estaban en Colombia antes del 31 de enero de 2021. [3]',
      '29 de mayo de 2022 Entran en vigor nuevas reglas Del 29 de mayo de 2022 al 24 de noviembre de 2023',
      '24 de noviembre de 2023 Cerrada Cierra el prerregistro para quienes ingresaron regularmente en los dos primeros años del estatuto. [5]',
    ]);
    expect(await page.locator('svg.bars[role="img"]').getAttribute('aria-labelledby')).toBe('figures-caption');
    expect(await texts(page, 'svg.bars g[data-figure="approvals"] text')).toEqual(['Aprobaciones · 18 dic 2023', '2.306.810']);
    await page.click('.figures-table summary');
    expect(await texts(page, '.figures-table tbody tr > *')).toEqual([
      'Aprobaciones', '18 de diciembre de 2023', '2.306.810', 'PPT autorizados o en trámite; 1.890.185 entregados. [6]',
    ]);
    expect(await texts(page, '.limitations li')).toContain('Una fecha de corte excluye a quienes llegaron después');
    expect(await page.locator('[data-source="eltiempo-2021"] .source-meta').textContent()).toBe('www.eltiempo.com · El Tiempo · Prensa · Sin fecha');
    await close();
  });

  it('flags a pathway that rests on press reports alone', async () => {
    const { page, close } = await open('/en/pathways/ar-visado-humanitario-ucrania', 'article.pathway');
    expect(await page.locator('[data-standing="press_only"] strong').textContent()).toBe('Based only on press reports');
    expect(new Set(await page.locator('.sources li').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-kind'))))).toEqual(new Set(['press']));
    await close();
  });

  it('shows a closed pathway’s events to its end, and what no source states as not known', async () => {
    const { page, close } = await open('/fr/pathways/us-chnv-parole', 'article.pathway');
    expect(await page.locator('[data-tag="open"]').textContent()).toBe('Fermée');
    const kinds = await page.locator('.timeline li').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-entry')));
    expect(kinds).toContain('opened');
    expect(kinds.at(-1)).toBe('closed');
    const dates = await page.locator('.timeline time').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('datetime') ?? ''));
    expect(dates).toEqual([...dates].sort());
    expect(await page.locator('[data-notice="free"]').count()).toBe(0);
    expect(await text(page, '[data-fact="free_of_charge"] dd')).toBe('Inconnu');
    await close();
  });

  it('marks a text that is still a draft translation', async () => {
    const { page, close } = await open('/fr/pathways/ca-empp', 'article.pathway');
    expect(await page.locator('.summary .draft').textContent()).toBe('(traduction provisoire, en attente de relecture)');
    await close();
  });

  it('says in the reader’s language that an unknown id is no pathway, and leads to the explorer', async () => {
    const { page, close } = await open('/es/pathways/no-existe', '[data-page="no-such-pathway"]');
    expect(await page.locator('h1').textContent()).toBe('Esta vía no existe');
    expect(await page.title()).toBe('Esta vía no existe — Vías');
    expect(await page.locator('[data-page="no-such-pathway"] p').first().textContent()).toContain('«no-existe»');
    await page.click('a:has-text("Buscar las vías en el explorador")');
    await page.waitForURL(/\/es\/explorer$/);
    await page.waitForSelector('li.card');
    await close();
  });

  it('is reached from the explorer’s cards and table rows', async () => {
    const { page, close } = await open('/en/explorer?destination=CO', 'li.card[data-pathway="co-etpv-ppt"]');
    await page.click('li.card[data-pathway="co-etpv-ppt"] h2 a');
    await page.waitForURL(/\/en\/pathways\/co-etpv-ppt$/);
    await page.waitForSelector('article.pathway');
    await page.goBack();
    await page.click('.results .view-switch a:has-text("Table")');
    await page.click('table.results-table tr[data-pathway="co-pep"] th a');
    await page.waitForURL(/\/en\/pathways\/co-pep$/);
    expect(await page.locator('article.pathway').getAttribute('data-pathway')).toBe('co-pep');
    await close();
  });
});

describe('web app: pathway page accessibility (axe-core, WCAG 2.2 AA)', () => {
  const pages = [
    ['/en/pathways/co-etpv-ppt', 'article.pathway'], ['/es/pathways/ar-visado-humanitario-ucrania', 'article.pathway'],
    ['/fr/pathways/us-chnv-parole', 'article.pathway'], ['/pt/pathways/no-existe', '[data-page="no-such-pathway"]'],
  ] as const;
  it.each(pages)('%s has no violations', async (path, ready) => {
    const { page, seen, close } = await open(path, ready);
    await page.waitForLoadState('networkidle');
    await page.locator('details').evaluateAll((nodes) => nodes.forEach((n) => n.setAttribute('open', '')));
    expect(await axeViolations(page)).toEqual([]);
    expect(seen.csp).toEqual([]);
    await close();
  });
});
