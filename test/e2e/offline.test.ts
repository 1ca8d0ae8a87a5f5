import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerByKeyboard } from './finder-keys.js';
import { startWebTestEnv, watchPage, type WebTestEnv } from './web-server.js';

// Issue 6: the finder works fully offline once visited (the service worker keeps the app,
// the finder's chunks, the messages and the finder's data of the languages visited).
let env: WebTestEnv;
beforeAll(async () => { env = await startWebTestEnv(); });
afterAll(async () => env?.close());

/** Waits until the service worker controls the page and holds the finder's data in `lang`. */
async function keptForOffline(page: Page, lang: string): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  for (let i = 0; i < 100; i += 1) {
    const kept = await page.evaluate(async (url) => (await caches.match(url)) !== undefined, `/api/finder-data?lang=${lang}`);
    if (kept) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`the finder's ${lang} data was never cached`);
}

describe('finder: offline once visited', () => {
  it('reloads and completes the finder with no network, saying how old its data is', { timeout: 90_000 }, async () => {
    const context = await env.browser.newContext({ locale: 'es-ES' });
    const page = await context.newPage();
    const seen = watchPage(page);
    await page.goto(`${env.base}/es/finder`);
    await page.waitForSelector('form[data-variable="nationalities"]');
    await keptForOffline(page, 'es');
    const dataDate = await page.locator('.finder-data-date').textContent();
    expect(dataDate).toMatch(/^Datos de las vías al \d{1,2} de \w+ de \d{4}\./);

    await context.setOffline(true);
    const reloaded = await page.reload();
    expect(reloaded?.fromServiceWorker()).toBe(true);
    await page.waitForSelector('form[data-variable="nationalities"]');
    expect(await page.locator('.finder-data-date').textContent()).toBe(dataDate);

    await answerByKeyboard(page, { countries: ['Venezuela'] });
    await page.waitForSelector('form[data-variable="current_country"]');
    await answerByKeyboard(page, { country: 'Colombia' });
    await page.waitForFunction(() => document.querySelector('form[data-variable]')?.getAttribute('data-variable') !== 'current_country');
    await page.click('[data-action=results]');
    await page.waitForSelector('.finder-results');
    expect(await page.locator('.finder-summary').textContent()).toMatch(/^Al .+: \d+ vías? a las que probablemente puede acceder/);
    expect(await page.locator('[data-group="not_eligible"] .finder-result').count()).toBeGreaterThan(0);

    // A language whose data was never fetched says it cannot be reached, in that language.
    await page.click('a[hreflang="pt"]');
    await page.waitForSelector('[role=alert]');
    expect(await page.locator('[role=alert] p').textContent()).toBe('Não foi possível conectar ao Vías. Verifique a sua conexão e tente novamente.');
    expect(seen.csp).toEqual([]);
    await context.close();
  });
});
