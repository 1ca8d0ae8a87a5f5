import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, startWebTestEnv, watchPage, type WebTestEnv } from './web-server.js';

// The coverage page's journeys on the real catalogue. Colombia's ETPV (co-etpv-ppt) let
// Venezuelans apply until 2023-11-24; no other pathway into Colombia admitted them after it.
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

const cell = '[data-cell="VE-CO"]';
const caption = async (page: Awaited<ReturnType<typeof open>>['page']) => page.locator('#coverage-caption').textContent();

describe('web app: coverage', () => {
  it('counts the ETPV for Venezuelans in Colombia while it was open, and not after the slider passes its closing', async () => {
    const { page, seen, close } = await open('/en/coverage?as_of=2023-11-11', `${cell} a`);
    expect(await page.locator(`${cell} a`).textContent()).toBe('1');
    expect(await page.locator(`${cell} a`).getAttribute('aria-label')).toBe('1 pathway (nationality: Venezuela; destination: Colombia): Temporary protection (1)');
    expect(await page.locator(`${cell}`).getAttribute('class')).not.toBe('shade-0');
    const before = await page.evaluate(() => window.history.length);
    await page.focus('#coverage-slider');
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/as_of=2023-12-11$/);
    await page.waitForFunction(() => document.querySelector('#coverage-caption')?.textContent?.includes('December 11, 2023'));
    expect(await page.locator(`${cell} a`).count()).toBe(0);
    expect(await page.locator(cell).getAttribute('class')).toBe('shade-0');
    expect(await page.locator(`${cell}`).textContent()).toBe('None');
    // Moving the slider replaces the address instead of piling up history.
    expect(await page.evaluate(() => window.history.length)).toBe(before);
    expect(await page.inputValue('#coverage-date')).toBe('2023-12-11');
    expect(seen.errors).toEqual([]);
    await close();
  });

  it('shows the day typed in the date field, kept in the URL and restored by Back', async () => {
    const { page, close } = await open('/en/coverage?as_of=2024-06-01', '[data-cell="VE-US"] a');
    expect(await page.locator(`${cell} a`).count()).toBe(0);
    await page.fill('#coverage-date', '2023-06-11');
    await page.waitForURL(/as_of=2023-06-11$/);
    await page.waitForSelector(`${cell} a`);
    expect(await caption(page)).toContain('June 11, 2023');
    expect(await page.getAttribute('#coverage-slider', 'aria-valuetext')).toBe('June 11, 2023');
    await page.goBack();
    await page.waitForURL(/as_of=2024-06-01$/);
    await page.waitForFunction(() => document.querySelector('#coverage-caption')?.textContent?.includes('June 1, 2024'));
    expect(await page.locator(`${cell} a`).count()).toBe(0);
    await close();
  });

  it('counts one type of pathway when asked, the type kept in the URL', async () => {
    const { page, close } = await open('/en/coverage?as_of=2023-06-11', '[data-cell="VE-US"] a');
    const all = Number(await page.locator('[data-cell="VE-US"] a').textContent());
    await page.selectOption('#coverage-type', 'parole');
    await page.waitForURL(/as_of=2023-06-11&type=parole$/);
    await page.waitForFunction(() => document.querySelector('#coverage-caption')?.textContent?.startsWith('Parole'));
    const parole = Number(await page.locator('[data-cell="VE-US"] a').textContent());
    expect(parole).toBeGreaterThan(0);
    expect(parole).toBeLessThan(all);
    expect(await page.locator(`${cell} a`).count()).toBe(0); // the ETPV is temporary protection, not parole
    await close();
  });

  it('opens the pathways a cell counts in the explorer', async () => {
    const { page, close } = await open('/es/coverage?as_of=2023-06-11', `${cell} a`);
    await page.click(`${cell} a`);
    await page.waitForURL(/\/es\/explorer\?destination=CO&nationality=VE&open_on=2023-06-11$/);
    await page.waitForSelector('li.card[data-pathway="co-etpv-ppt"]');
    expect(await page.locator('li.card').count()).toBe(1);
    await close();
  });

  it('shows every nationality the rules name on request, not only the Americas', async () => {
    const { page, close } = await open('/en/coverage?as_of=2023-06-11', `${cell} a`);
    expect(await page.locator('tr[data-nationality="UA"]').count()).toBe(0);
    const americas = await page.locator('tbody tr').count();
    await page.selectOption('#coverage-rows', 'all');
    await page.waitForURL(/rows=all$/);
    await page.waitForSelector('tr[data-nationality="UA"]');
    expect(await page.locator('tbody tr').count()).toBeGreaterThan(americas);
    await close();
  });
});

describe('web app: coverage accessibility (axe-core, WCAG 2.2 AA)', () => {
  it.each([
    ['/en/coverage?as_of=2023-06-11', 'en-US'],
    ['/es/coverage?as_of=2021-06-01&type=regularization', 'es-ES'],
    ['/fr/coverage', 'fr-FR'],
  ] as const)('%s has no violations', async (path, locale) => {
    const { page, seen, close } = await open(path, '.heat-table', locale);
    await page.waitForLoadState('networkidle');
    expect(await axeViolations(page)).toEqual([]);
    expect(seen.csp).toEqual([]);
    await close();
  });
});
