import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, startWebTestEnv, watchPage, type WebTestEnv } from './web-server.js';

// Building a comparison from the explorer and the pathway page, and the compare page itself, on
// the real catalogue: Colombia's ETPV, Peru's 2023 CPP and US TPS for Venezuelans.
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

const THREE = ['co-etpv-ppt', 'pe-cpp-2023', 'us-tps-venezuela'];
const columns = (page: Awaited<ReturnType<typeof open>>['page']) =>
  page.locator('table.compare-table thead th[data-pathway]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-pathway')));

describe('web app: compare', () => {
  it('is built from the explorer, kept in the URL, marks the differences in words, and drops a pathway', async () => {
    const { page, seen, close } = await open('/en/explorer?destination=CO,PE,US', 'li.card[data-pathway="us-tps-venezuela"]');
    expect(await page.locator('.compare-bar').textContent()).toContain('Tick “Compare” on two to four pathways');
    for (const [i, id] of THREE.entries()) {
      await page.check(`li.card[data-pathway="${id}"] input[name="compare"]`);
      await page.waitForURL(new RegExp(`compare=${THREE.slice(0, i + 1).join(',')}$`));
    }
    // Ticking chooses no results: the list stays as it was.
    expect(await page.locator('li.card').count()).toBe(20);
    await page.click('.compare-bar a:has-text("Compare (3)")');
    await page.waitForURL(/\/en\/compare\?ids=co-etpv-ppt,pe-cpp-2023,us-tps-venezuela$/);
    await page.waitForSelector('table.compare-table');
    expect(await columns(page)).toEqual(THREE);
    // Differences carry the word "Differs" in the row header, which screen readers read with the row.
    expect(await page.locator('tr[data-row="type"] th .differs').textContent()).toBe('≠ Differs');
    expect(await page.locator('tr[data-row="type"] td .value').allTextContents()).toEqual(['Temporary protection', 'Regularization', 'Temporary protection']);
    expect(await page.locator('tr[data-row="application.free_of_charge"]').getAttribute('class')).toBe('different');
    expect(await page.locator('tr[data-row="status_granted"] .differs').count()).toBe(0);
    expect(await page.locator('tr[data-row="rights.health"] td .value').first().textContent()).toBe('Unknown');
    const differing = await page.locator('tbody tr.different').count();
    expect(await page.locator('#compare-summary').textContent()).toBe(`They differ in ${differing} attributes.`);
    // Each value cites its column's sources, listed with their links in the Sources row.
    const status = page.locator('tr[data-row="status_granted"] td').first();
    expect(await status.locator('.cites a').first().getAttribute('href')).toBe('#compare-co-etpv-ppt-decreto-216-2021');
    expect(await page.locator('#compare-co-etpv-ppt-decreto-216-2021 a').getAttribute('href')).toBe('https://www1.funcionpublica.gov.co/eva/gestornormativo/norma.php?i=159606');
    // Dates inside the cells are written for the reader.
    expect(await page.locator('tr[data-row="eligibility.opening_date"] td .value').first().textContent()).toBe('Mar 1, 2021');
    // Only the differences, kept in the URL.
    await page.check('input[name="diff"]');
    await page.waitForURL(/ids=co-etpv-ppt,pe-cpp-2023,us-tps-venezuela&diff=only$/);
    expect(await page.locator('tbody tr').count()).toBe(differing);
    expect(await page.locator('tbody tr.same').count()).toBe(0);
    // Removing a pathway keeps the others and the view.
    await page.click('th[data-pathway="pe-cpp-2023"] a.remove');
    await page.waitForURL(/\/en\/compare\?ids=co-etpv-ppt,us-tps-venezuela&diff=only$/);
    await page.waitForFunction(() => document.querySelectorAll('table.compare-table thead th[data-pathway]').length === 2);
    expect(await columns(page)).toEqual(['co-etpv-ppt', 'us-tps-venezuela']);
    // The removed column's link is gone: focus lands on the summary of the new comparison.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('compare-summary');
    expect(seen.errors).toEqual([]);
    await close();
  });

  it('lets at most four pathways be ticked in the explorer', async () => {
    const ids = 'co-etpv-ppt,pe-cpp-2023,us-tps-venezuela,co-pep';
    const { page, close } = await open(`/en/explorer?destination=CO,PE,US&compare=${ids}`, 'li.card[data-pathway="co-pep"]');
    expect(await page.locator('input[name="compare"]:checked').count()).toBe(4);
    expect(await page.locator('input[name="compare"]:not(:checked)').first().isDisabled()).toBe(true);
    expect(await page.locator('.compare-bar').textContent()).toContain('Up to four pathways can be compared at a time.');
    expect(await page.locator('.compare-bar a').getAttribute('href')).toBe(`/en/compare?ids=${ids}`);
    await close();
  });

  it('adds pathways on the compare page itself, and from a pathway’s page', async () => {
    const { page, close } = await open('/es/pathways/pe-cpp-2023?compare=co-etpv-ppt', 'article.pathway');
    expect(await page.locator('a[data-action="compare"]').textContent()).toBe('Comparar con la vía que eligió');
    await page.click('a[data-action="compare"]');
    await page.waitForURL(/\/es\/compare\?ids=co-etpv-ppt,pe-cpp-2023$/);
    await page.waitForSelector('table.compare-table');
    await page.selectOption('select#compare-add', 'us-tps-venezuela');
    await page.click('form.picker button');
    await page.waitForURL(/\/es\/compare\?ids=co-etpv-ppt,pe-cpp-2023,us-tps-venezuela$/);
    await page.waitForFunction(() => document.querySelectorAll('table.compare-table thead th[data-pathway]').length === 3);
    expect(await page.locator('tr[data-row="type"] th .differs').textContent()).toBe('≠ Difiere');
    await close();
  });

  it('asks for a second pathway when there is one, and names ids the catalogue lacks', async () => {
    const one = await open('/en/pathways/co-pep', 'article.pathway');
    await one.page.click('a[data-action="compare"]:has-text("Add to a comparison")');
    await one.page.waitForURL(/\/en\/compare\?ids=co-pep$/);
    await one.page.waitForSelector('[data-notice="need-more"]');
    expect(await one.page.locator('.chosen li[data-pathway="co-pep"]').count()).toBe(1);
    expect(await one.page.locator('table.compare-table').count()).toBe(0);
    await one.close();

    const { page, close } = await open('/fr/compare?ids=co-etpv-ppt,zz-nope', '[data-notice="unknown-ids"]');
    expect(await page.locator('[data-notice="unknown-ids"] p').first().textContent()).toBe('Aucune voie ne porte l’identifiant “zz-nope”.');
    await page.click('[data-notice="unknown-ids"] a');
    await page.waitForURL(/\/fr\/compare\?ids=co-etpv-ppt$/);
    await page.waitForSelector('[data-notice="need-more"]');
    await close();
  });
});

describe('web app: compare accessibility (axe-core, WCAG 2.2 AA)', () => {
  const pages = [
    [`/en/compare?ids=${THREE.join(',')}`, 'table.compare-table'], [`/es/compare?ids=${THREE.join(',')}&diff=only`, 'table.compare-table'],
    ['/pt/compare?ids=co-pep', '[data-notice="need-more"]'], ['/fr/explorer?compare=co-pep,pe-ptp', '.compare-bar a'],
    ['/en/explorer?view=table&compare=co-pep', 'table.results-table'],
  ] as const;
  it.each(pages)('%s has no violations', async (path, ready) => {
    const { page, seen, close } = await open(path, ready);
    await page.waitForLoadState('networkidle');
    expect(await axeViolations(page)).toEqual([]);
    expect(seen.csp).toEqual([]);
    await close();
  });
});
