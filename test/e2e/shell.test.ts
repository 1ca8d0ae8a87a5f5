import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEB_APP_CSP } from '../../src/server/web-app.js';
import { startWebTestEnv, watchPage, type WebTestEnv } from './web-server.js';

// The frame every page shares: routes with the language in the URL, the server's fallback and
// CSP, the language switch, and state kept in the URL across navigation.
let env: WebTestEnv;
beforeAll(async () => { env = await startWebTestEnv(); });
afterAll(async () => env?.close());

async function newPage(locale = 'en-US') {
  const context = await env.browser.newContext({ locale });
  const page = await context.newPage();
  return { page, seen: watchPage(page), close: () => context.close() };
}

describe('web app: routes and server', () => {
  it('sends / to the browser’s language', async () => {
    const { page, close } = await newPage('pt-BR');
    await page.goto(`${env.base}/`);
    await page.waitForSelector('h1');
    expect(new URL(page.url()).pathname).toBe('/pt/');
    expect(await page.getAttribute('html', 'lang')).toBe('pt');
    await close();
  });

  it('answers a deep link with the app under a strict CSP, and the page reports no violation', async () => {
    const { page, seen, close } = await newPage();
    const response = await page.goto(`${env.base}/es/data`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toBe(WEB_APP_CSP);
    await page.waitForSelector('h1:has-text("Datos y API")');
    await page.goto(`${env.base}/es/`);
    await page.waitForSelector('svg.americas-map path.country');
    expect(seen.csp).toEqual([]);
    expect(seen.errors).toEqual([]);
    await close();
  });

  it('gives a path without a language the browser’s, keeping the page and its query', async () => {
    const { page, close } = await newPage('es-CO');
    await page.goto(`${env.base}/explorer?type=parole`);
    await page.waitForSelector('h1:has-text("Explorar las vías")');
    expect(page.url()).toBe(`${env.base}/es/explorer?type=parole`);
    await close();
  });

  it('shows a localised "not found" page for a path that is no page', async () => {
    const { page, close } = await newPage();
    const response = await page.goto(`${env.base}/fr/nowhere/at-all`);
    expect(response?.status()).toBe(200);
    await page.waitForSelector('h1:has-text("Page introuvable")');
    await close();
  });
});

describe('web app: failures', () => {
  it('explains, in the reader’s language, a page whose code cannot be downloaded', async () => {
    const { page, close } = await newPage();
    await page.route('**/assets/data-*.js', (route) => route.abort());
    await page.goto(`${env.base}/es/`);
    await page.waitForSelector('h1');
    await page.click('.site-nav a:has-text("Datos y API")');
    await page.waitForSelector('[role=alert] h1:has-text("No se pudo cargar esta página")');
    expect(await page.locator('[role=alert] button').textContent()).toBe('Recargar la página');
    await close();
  });
});

describe('web app: language switch', () => {
  it('keeps the page and its state, and changes every text', async () => {
    const { page, close } = await newPage();
    await page.goto(`${env.base}/en/explorer?type=parole`);
    await page.waitForSelector('h1:has-text("Explore the pathways")');
    await page.waitForSelector('li.card');
    const count = await page.locator('#results-count').textContent();
    expect(count).toMatch(/\d+ pathways? match/);
    await page.click('.lang-switch a[hreflang="es"]');
    await page.waitForSelector('h1:has-text("Explorar las vías")');
    expect(page.url()).toBe(`${env.base}/es/explorer?type=parole`);
    expect(await page.getAttribute('html', 'lang')).toBe('es');
    expect(await page.locator('.site-nav a[aria-current="page"]').textContent()).toBe('Explorador');
    expect(await page.isChecked('input[name="type"][value="parole"]')).toBe(true);
    await page.waitForFunction(() => /coincide/.test(document.querySelector('#results-count')?.textContent ?? ''));
    expect(await page.locator('#results-count').textContent()).toBe(count?.replace(/pathways? match(es)?/, (m) => (m.startsWith('pathways') ? 'vías coinciden' : 'vía coincide')));
    expect(await page.locator('li.card .type').first().textContent()).toBe('Parole');
    await close();
  });
});

describe('web app: navigation', () => {
  it('restores a page’s state from the URL on Back and on reload', async () => {
    const { page, close } = await newPage();
    await page.goto(`${env.base}/en/explorer`);
    await page.waitForSelector('input[name="type"][value="temporary_protection"]');
    await page.check('input[name="type"][value="temporary_protection"]');
    await page.waitForURL(/type=temporary_protection/);
    await page.waitForFunction(() => [...document.querySelectorAll('li.card .type')].every((e) => e.textContent === 'Temporary protection'));
    const filtered = await page.locator('#results-count').textContent();

    await page.click('.site-nav a:has-text("Data & API")');
    await page.waitForSelector('h1:has-text("Data & API")');
    expect(new URL(page.url()).pathname).toBe('/en/data');
    // Focus moves to the new page's main content, for keyboard and screen-reader users.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    await page.goBack();
    await page.waitForSelector('h1:has-text("Explore the pathways")');
    await page.waitForFunction((text) => document.querySelector('#results-count')?.textContent === text, filtered);
    expect(await page.isChecked('input[name="type"][value="temporary_protection"]')).toBe(true);

    await page.reload();
    await page.waitForFunction((text) => document.querySelector('#results-count')?.textContent === text, filtered);
    expect(await page.isChecked('input[name="type"][value="temporary_protection"]')).toBe(true);
    await close();
  });

  it('offers a skip link to the main content as the first stop of the keyboard', async () => {
    const { page, close } = await newPage();
    await page.goto(`${env.base}/en/data`);
    await page.waitForSelector('h1');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await close();
  });
});
