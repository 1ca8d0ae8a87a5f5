import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, startWebTestEnv, watchPage, type WebTestEnv } from './web-server.js';

// The map page's journeys on the real catalogue. On 2023-06-11 Colombia's ETPV (co-etpv-ppt)
// was open to Venezuelans; on 2024-06-01 no pathway into Colombia admitted them.
let env: WebTestEnv;
beforeAll(async () => { env = await startWebTestEnv(); });
afterAll(async () => env?.close());

async function open(path: string, ready: string, locale = 'en-US') {
  const context = await env.browser.newContext({ locale });
  const page = await context.newPage();
  const seen = watchPage(page);
  await page.goto(`${env.base}${path}`);
  await page.waitForSelector(ready);
  return { page, seen, close: () => context.close() };
}

const colombia = 'svg.americas-map path[data-country="CO"]';

describe('web app: map', () => {
  it('shades where Venezuelans had a pathway once the nationality is picked, and leaves the others unshaded', async () => {
    const { page, seen, close } = await open('/en/map?on=2024-06-01', `${colombia}`);
    // Any nationality: the MERCOSUR agreement alone keeps Colombia shaded.
    expect(await page.getAttribute(colombia, 'class')).not.toContain('shade-0');
    await page.selectOption('#map-nationality', 'VE');
    await page.waitForURL(/\/en\/map\?nationality=VE&on=2024-06-01$/);
    await page.waitForFunction(() => document.querySelector('#map-status')?.textContent?.includes('Venezuela'));
    expect(await page.getAttribute(colombia, 'class')).toContain('shade-0');
    expect(await page.locator('a[data-link="CO"]').count()).toBe(0);
    expect(await page.getAttribute('svg.americas-map path[data-country="PE"]', 'class')).not.toContain('shade-0');
    await page.fill('#map-on', '2023-06-11');
    await page.waitForURL(/nationality=VE&on=2023-06-11$/);
    await page.waitForSelector('a[data-link="CO"]');
    expect(await page.getAttribute(colombia, 'class')).not.toContain('shade-0');
    expect(await page.getAttribute('a[data-link="CO"]', 'aria-label')).toBe('Colombia: 1 pathway — Temporary protection (1)');
    expect(seen.errors).toEqual([]);
    await close();
  });

  it('names the nationalities in the reader’s language, in its alphabetical order', async () => {
    const { page, close } = await open('/es/map', '#map-nationality', 'es-ES');
    await page.waitForFunction(() => document.querySelectorAll('#map-nationality option').length > 200);
    const names = await page.locator('#map-nationality option').evaluateAll((options) => options.slice(1).map((o) => o.textContent ?? ''));
    expect(names.length).toBeGreaterThan(200);
    expect(names).toContain('Haití');
    expect(names).toEqual([...names].sort(new Intl.Collator('es').compare));
    await close();
  });

  it('opens a country’s pathways in the explorer, with a click or with Enter', async () => {
    const { page, close } = await open('/en/map?nationality=VE&on=2023-06-11', 'a[data-link="CO"]');
    await page.locator(colombia).click();
    await page.waitForURL(/\/en\/explorer\?destination=CO&nationality=VE&open_on=2023-06-11$/);
    await page.waitForSelector('li.card[data-pathway="co-etpv-ppt"]');
    await page.goBack();
    await page.waitForSelector('a[data-link="CO"]');
    await page.focus('a[data-link="PE"]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/en\/explorer\?destination=PE&nationality=VE&open_on=2023-06-11$/);
    await page.waitForSelector('li.card');
    await close();
  });

  it('gives the same figures as a table, by type, a view kept in the URL', async () => {
    const { page, close } = await open('/en/map?nationality=VE&on=2023-06-11', '.view-switch');
    const shaded = await page.locator('svg.americas-map a[data-link]').count();
    await page.click('.view-switch a:has-text("Table")');
    await page.waitForSelector('table[data-view="table"]');
    expect(page.url()).toMatch(/\/en\/map\?nationality=VE&on=2023-06-11&view=table$/);
    expect(await page.locator('tr[data-country="CO"] td').allTextContents()).toEqual(['1', 'Temporary protection (1)']);
    // The table lists destinations beyond the Americas too (Spain, for one): at least as many rows.
    expect(await page.locator('tbody tr').count()).toBeGreaterThanOrEqual(shaded);
    await page.click('tr[data-country="CO"] a');
    await page.waitForURL(/\/en\/explorer\?destination=CO&nationality=VE&open_on=2023-06-11$/);
    await close();
  });

  it('narrows to one type of pathway, kept in the URL', async () => {
    const { page, close } = await open('/en/map?nationality=VE&on=2023-06-11&view=table', 'tr[data-country="US"]');
    await page.selectOption('#map-type', 'temporary_protection');
    await page.waitForURL(/type=temporary_protection/);
    await page.waitForFunction(() => document.querySelector('#map-table-caption')?.textContent?.includes('Temporary protection'));
    for (const types of await page.locator('tbody tr td:nth-of-type(2)').allTextContents()) expect(types).toMatch(/^Temporary protection \(\d+\)$/);
    expect(await page.locator('tr[data-country="BR"]').count()).toBe(0);
    await close();
  });
});

describe('web app: map accessibility (axe-core, WCAG 2.2 AA)', () => {
  it.each([
    ['/en/map', 'svg.americas-map', 'en-US'],
    ['/es/map?nationality=VE&on=2023-06-11', 'a[data-link="CO"]', 'es-ES'],
    ['/pt/map?nationality=HT&view=table', 'table[data-view="table"]', 'pt-BR'],
    ['/fr/map?type=parole', 'svg.americas-map', 'fr-FR'],
  ] as const)('%s has no violations', async (path, ready, locale) => {
    const { page, seen, close } = await open(path, ready, locale);
    await page.waitForLoadState('networkidle');
    expect(await axeViolations(page)).toEqual([]);
    expect(seen.csp).toEqual([]);
    await close();
  });
});
