import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataDir, readCatalogue } from '../../src/catalogue/index.js';
import { axeViolations, startWebTestEnv, watchPage, type WebTestEnv } from './web-server.js';

// Each page's main journey on the real catalogue, and axe-core on each in two languages.
let env: WebTestEnv;
const { catalogue } = readCatalogue(dataDir());
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

describe('web app: home', () => {
  it('gives the catalogue’s headline figures, with their source', async () => {
    const { page, close } = await open('/en/', '[data-figure="pathways"]');
    expect(await page.locator('[data-figure="pathways"] .figure-value').textContent()).toBe(String(catalogue.pathways.length));
    expect(await page.locator('.figures .source').textContent()).toContain('Source: the Vías catalogue');
    await close();
  });

  it('quotes the latest whole year of the migration statistics, with their publisher', async () => {
    const { page, close } = await open('/es/', '[data-figure="darien.transits"]');
    // The Darién series has months to April 2025 in the bundled data: 2024 is its last whole year.
    expect(await page.locator('[data-figure="darien.transits"] .figure-value').textContent()).toBe('302.203');
    expect(await page.locator('[data-figure="darien.transits"] .figure-label').textContent()).toContain('en 2024');
    expect(await page.locator('[data-figure="darien.transits"] .figure-source').textContent()).toBe('Fuente: Servicio Nacional de Migración de Panamá');
    expect(await page.locator('[data-figure="cbp.sw_border_encounters"] .figure-label').textContent()).toContain('año fiscal 2023');
    await close();
  });

  it('shades the map by pathways open today, and opens a country’s pathways on a click', async () => {
    const { page, close } = await open('/en/', 'svg.americas-map path[data-country="CO"]');
    expect(await page.locator('svg.americas-map path.country').count()).toBeGreaterThan(30);
    // The Eastern Caribbean is too small for the 1:110m shapes: drawn as dots, not left out.
    expect(await page.locator('svg.americas-map circle[data-country="LC"]').count()).toBe(1);
    expect(await page.getAttribute('svg.americas-map path[data-country="CO"]', 'class')).not.toContain('shade-0');
    await page.locator('svg.americas-map path[data-country="CO"]').dispatchEvent('click');
    await page.waitForURL(/\/en\/explorer\?destination=CO&open_on=\d{4}-\d{2}-\d{2}/);
    await page.waitForSelector('li.card');
    expect(await page.isChecked('input[name="destination"][value="CO"]')).toBe(true);
    await close();
  });

  it('sends a person looking for a pathway to the private finder first', async () => {
    const { page, close } = await open('/es/', '#entry-people');
    await page.click('a:has-text("Descubra qué vías pueden corresponderle")');
    await page.waitForURL(/\/es\/finder$/);
    await close();
  });

  it('gives the same figures as a table, a view kept in the URL', async () => {
    const { page, close } = await open('/es/', '.view-switch');
    await page.click('.view-switch a:has-text("Tabla")');
    await page.waitForSelector('table[data-view="table"]');
    expect(page.url()).toMatch(/\/es\/\?view=table$/);
    expect(await page.locator('tr[data-country="CO"] th').textContent()).toBe('Colombia');
    expect(Number(await page.locator('tr[data-country="CO"] td').textContent())).toBeGreaterThan(0);
    await close();
  });

  it('says when the catalogue cannot be reached, in the reader’s language, and retries', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    let fail = true;
    await page.route('**/api/pathways*', (route) => (fail ? route.abort() : route.continue()));
    await page.goto(`${env.base}/pt/`);
    await page.waitForSelector('[role=alert]');
    expect(await page.locator('[role=alert] p').textContent()).toBe('Não foi possível conectar ao Vías. Verifique a sua conexão e tente novamente.');
    fail = false;
    await page.click('[role=alert] button:has-text("Tentar novamente")');
    await page.waitForSelector('[data-figure="pathways"]');
    await context.close();
  });
});

describe('web app: data & API', () => {
  it('links every download, the API reference and the changelog', async () => {
    const { page, close } = await open('/en/data', '[data-download]');
    const hrefs = await page.locator('[data-download] a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['/api/export/pathways.csv', '/api/export/pathways.json', '/api/export/pathways.parquet', '/api/export/pathways.hxl.csv', '/api/export/datapackage.zip']);
    const csv = await page.request.get(`${env.base}/api/export/pathways.csv`);
    expect(csv.status()).toBe(200);
    expect(await page.locator('a[href="/api/docs"]').count()).toBe(1);
    expect(await page.locator('.changelog h3').first().textContent()).toMatch(/^\d+\.\d+\.\d+/);
    expect(await page.locator('.citation').textContent()).toMatch(/Vías contributors \(\d{4}\)\. .*version \d+\.\d+\.\d+/);
    await close();
  });
  it('leaves links into the API to the browser: the reference page loads from the server', async () => {
    const { page, close } = await open('/en/data', 'a[href="/api/docs"]');
    await Promise.all([page.waitForURL(`${env.base}/api/docs`), page.click('a[href="/api/docs"]')]);
    await page.waitForLoadState('load');
    expect(await page.locator('#app').count()).toBe(0);
    await close();
  });
});

describe('web app: explorer', () => {
  it('finds pathways by words in any language, accents aside, with counts per filter', async () => {
    const { page, close } = await open('/en/explorer', 'input[type="search"]');
    await page.fill('input[type="search"]', 'migracion');
    await page.press('input[type="search"]', 'Enter');
    await page.waitForURL(/q=migracion/);
    await page.waitForFunction(() => /match/.test(document.querySelector('#results-count')?.textContent ?? ''));
    expect(await page.locator('li.card').count()).toBeGreaterThan(0);
    expect(await page.locator('select').inputValue()).toBe('relevance');
    await close();
  });

  it('shows further pages of results on request', async () => {
    const { page, close } = await open('/en/explorer', 'li.card');
    expect(await page.locator('li.card').count()).toBe(20);
    await page.click('button.more');
    await page.waitForFunction(() => document.querySelectorAll('li.card').length === 40);
    await close();
  });

  it('narrows to a nationality and shows the results as a table, both kept in the URL', async () => {
    const { page, close } = await open('/es/explorer', 'input[name="nationality"][value="VE"]');
    const all = await page.locator('#results-count').textContent();
    await page.check('input[name="nationality"][value="VE"]');
    await page.waitForURL(/nationality=VE/);
    await page.waitForFunction((before) => document.querySelector('#results-count')?.textContent !== before, all);
    await page.click('.results .view-switch a:has-text("Tabla")');
    await page.waitForSelector('table.results-table tbody tr');
    expect(page.url()).toMatch(/nationality=VE&view=table$/);
    const shown = Number((await page.locator('#results-count').textContent())?.match(/\d+/)?.[0]);
    expect(await page.locator('table.results-table tbody tr').count()).toBe(Math.min(shown, 20));
    expect(await page.locator('table.results-table tbody tr[data-pathway="co-etpv-ppt"] td').first().textContent()).toBe('Protección temporal');
    await close();
  });
});

describe('web app: accessibility (axe-core, WCAG 2.2 AA)', () => {
  const pages = [
    ['/en/', '.destinations'], ['/es/', '.destinations'], ['/en/?view=table', 'table[data-view="table"]'],
    ['/en/data', '.changelog'], ['/es/data', '.changelog'],
    ['/en/explorer', 'li.card'], ['/fr/explorer?type=parole', 'li.card'], ['/es/explorer?nationality=VE&view=table', 'table.results-table'],
  ] as const;
  it.each(pages)('%s has no violations', async (path, ready) => {
    const { page, seen, close } = await open(path, ready);
    await page.waitForLoadState('networkidle');
    expect(await axeViolations(page)).toEqual([]);
    expect(seen.csp).toEqual([]);
    await close();
  });
});
