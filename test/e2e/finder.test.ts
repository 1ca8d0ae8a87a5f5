import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataDir, readCatalogue } from '../../src/catalogue/index.js';
import type { Profile } from '../../src/domain/index.js';
import { checkCatalogue } from '../../src/rules/index.js';
import { localToday } from '../../src/web/ui/dates.js';
import { answerByKeyboard, askedVariable, tabTo, type KeyAnswer } from './finder-keys.js';
import { axeViolations, startWebTestEnv, watchPage, type WebTestEnv } from './web-server.js';

// The finder's journeys on the real catalogue, by keyboard, and axe-core in two languages.
let env: WebTestEnv;
const { catalogue } = readCatalogue(dataDir());
beforeAll(async () => { env = await startWebTestEnv(); });
afterAll(async () => env?.close());

/** A Venezuelan who entered Colombia irregularly in 2019: each question answered as they would, by keyboard. */
const venezuelan: Record<string, { profile: unknown; keys: KeyAnswer }> = {
  nationalities: { profile: ['VE'], keys: { countries: ['Venezuela'] } },
  current_country: { profile: 'CO', keys: { country: 'Colombia' } },
  entry_date: { profile: '2019-06-10', keys: { date: '06102019' } },
  entry_regular: { profile: false, keys: { choice: 1 } },
  birth_date: { profile: '1990-04-02', keys: { date: '04021990' } },
  has_criminal_record: { profile: false, keys: { choice: 1 } },
  has_valid_passport: { profile: undefined, keys: { skip: true } },
  current_status: { profile: 'none', keys: { choice: 0 } },
};
const noneOf: KeyAnswer = { none: true };

/** Completes the finder as the Venezuelan; returns the answers given, as the engine reads them. */
async function completeAsVenezuelan(page: Page): Promise<{ profile: Profile; asked: string[] }> {
  const profile: Profile = {};
  const asked: string[] = [];
  for (let variable = await askedVariable(page); variable; variable = await askedVariable(page)) {
    asked.push(variable);
    const known = venezuelan[variable];
    if (known?.profile !== undefined) profile[variable] = known.profile;
    else if (!known) profile[variable] = [];
    const before = await page.locator('.finder-progress p').textContent().catch(() => null);
    await answerByKeyboard(page, known?.keys ?? noneOf);
    await page.waitForFunction((b) => document.querySelector('.finder-progress p')?.textContent !== b || !!document.querySelector('.finder-results'), before);
    if (asked.length > 15) throw new Error(`the finder keeps asking: ${asked.join(', ')}`);
  }
  return { profile, asked };
}

async function openFinder(lang = 'en', locale = 'en-US'): Promise<{ context: BrowserContext; page: Page; seen: ReturnType<typeof watchPage> }> {
  const context = await env.browser.newContext({ locale });
  const page = await context.newPage();
  const seen = watchPage(page);
  await page.goto(`${env.base}/${lang}/finder`);
  await page.waitForSelector('form[data-variable]');
  return { context, page, seen };
}

/** Checks that the page groups every pathway as `checkCatalogue` decides it for `profile` today; returns the engine's report. */
async function expectGroupsOf(page: Page, profile: Profile, asOf = localToday()): Promise<ReturnType<typeof checkCatalogue>> {
  const report = checkCatalogue(catalogue.pathways, profile, { asOf, lang: 'en' });
  // Each group's element is named by the outcome it holds.
  for (const outcome of ['eligible', 'unknown', 'not_eligible', 'closed']) {
    expect((await ids(page, outcome)).sort(), outcome).toEqual(report.results.filter((r) => r.outcome === outcome).map((r) => r.pathway).sort());
  }
  return report;
}

/** Replaces the print dialog by a note of what the page shows at that moment in its printed summary. */
async function stubPrint(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { printed: string | null };
    w.printed = null;
    window.print = () => { w.printed = document.querySelector('.finder-print-answers')?.textContent ?? ''; };
  });
}
const printedText = (page: Page) => page.evaluate(() => (window as unknown as { printed: string | null }).printed);

const ids = (page: Page, group: string) => page.locator(`[data-group="${group}"] .finder-result`).evaluateAll((items) => items.map((i) => i.getAttribute('data-pathway')));

describe('finder: by keyboard, for a Venezuelan in Colombia', () => {
  it('asks one question at a time and groups the pathways as the rules engine does, saying why', async () => {
    const { context, page, seen } = await openFinder();
    await stubPrint(page);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('form[data-variable]').getAttribute('data-variable')).toBe('nationalities');
    const { profile, asked } = await completeAsVenezuelan(page);
    expect(asked.length).toBeGreaterThan(3);
    expect(new Set(asked).size).toBe(asked.length);
    expect(page.url()).toBe(`${env.base}/en/finder`); // no answer, nor even the step, in the URL

    const report = await expectGroupsOf(page, profile);
    const expected = (outcome: string) => report.results.filter((r) => r.outcome === outcome).map((r) => r.pathway).sort();

    // Not eligible: the unmet criterion in words.
    const mercosur = report.results.find((r) => r.pathway === 'mercosur-residence-agreement');
    expect(mercosur?.outcome).toBe('not_eligible');
    await page.click('[data-group="not_eligible"] summary');
    expect(await page.locator('[data-pathway="mercosur-residence-agreement"] .finder-reasons').textContent())
      .toBe(mercosur?.criteria.filter((c) => c.met === false).map((c) => c.label).join(''));
    // Closed, with its last day; the Colombian permit would have fitted them.
    expect(await page.locator('[data-group="closed"] [data-pathway="co-etpv-ppt"]').textContent()).toContain('Closed since November 24, 2023');
    expect(await page.locator('[data-group="closed"] [data-pathway="co-etpv-ppt"]').textContent()).toContain('might have fitted');
    // The official channel and the free-of-charge notice where the record says so.
    const free = catalogue.pathways.find((p) => expected('eligible').includes(p.id) && p.application.free_of_charge.value && p.application.official_url.value);
    if (free) {
      const item = page.locator(`[data-group="eligible"] [data-pathway="${free.id}"]`);
      expect(await item.locator('.finder-free').textContent()).toContain('This procedure is free.');
      expect(await item.locator('a:has-text("official channel")').getAttribute('href')).toBe(free.application.official_url.value);
    }
    // The answers typed reached the engine as given: the printed summary lists them.
    await page.click('[data-action=print]');
    const printed = await printedText(page);
    if (asked.includes('birth_date')) expect(printed).toContain('What is your date of birth?April 2, 1990');
    if (asked.includes('has_valid_passport')) expect(printed).toContain('Do you have a valid passport?I don’t know');
    expect(seen.csp).toEqual([]);
    expect(seen.errors).toEqual([]);
    await context.close();
  });

  it('goes Back to change an answer, offering the one given', async () => {
    const { context, page } = await openFinder();
    await answerByKeyboard(page, { countries: ['Venezuela'] });
    await page.waitForSelector('form[data-variable="current_country"]');
    await tabTo(page, '.finder-form [data-action=back]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('form[data-variable="nationalities"]');
    expect(await page.locator('.finder-chosen li').allTextContents()).toEqual([expect.stringContaining('Venezuela')]);
    // Replace Venezuela by Colombia: a Colombian is asked other things, and the Venezuelan permit no longer fits.
    await tabTo(page, '.finder-chosen button');
    await page.keyboard.press('Enter');
    await answerByKeyboard(page, { countries: ['Colombia'] });
    await page.waitForSelector('form[data-variable]:not([data-variable="nationalities"])');
    await tabTo(page, '.finder-form [data-action=results]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.finder-results');
    await expectGroupsOf(page, { nationalities: ['CO'] });
    const asVenezuelan = checkCatalogue(catalogue.pathways, { nationalities: ['VE'] }, { asOf: localToday(), lang: 'en' });
    expect((await ids(page, 'not_eligible')).sort()).not.toEqual(asVenezuelan.results.filter((r) => r.outcome === 'not_eligible').map((r) => r.pathway).sort());
    await context.close();
  });

  it.each([
    ['the button, one Shift+Tab from the question', async (page: Page) => { await page.keyboard.press('Shift+Tab'); await page.keyboard.press('Enter'); }],
    ['Esc pressed twice', async (page: Page) => { await page.keyboard.press('Escape'); await page.keyboard.press('Escape'); }],
  ])('leaves quickly by %s: a neutral site replaces the finder, and Back does not return to it', async (_how, leave) => {
    const context = await env.browser.newContext({ locale: 'en-US' });
    await context.route('https://www.google.com/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>Search</title>' }));
    const page = await context.newPage();
    await page.goto(`${env.base}/en/`);
    await page.click('a:text-is("Finder")');
    await page.waitForSelector('form[data-variable="nationalities"]');
    await answerByKeyboard(page, { countries: ['Venezuela'] });
    await page.waitForSelector('form[data-variable="current_country"]');
    await leave(page);
    await page.waitForURL('https://www.google.com/');
    await page.goBack();
    expect(page.url()).toBe(`${env.base}/en/`);
    await context.close();
  });

  it('decides on another day for a caseworker, as the engine does on that day', async () => {
    const { context, page } = await openFinder();
    await answerByKeyboard(page, { countries: ['Venezuela'] });
    await page.waitForSelector('form[data-variable="current_country"]');
    await answerByKeyboard(page, { country: 'Colombia' });
    await page.waitForFunction(() => document.querySelector('form[data-variable]')?.getAttribute('data-variable') !== 'current_country');
    await page.click('[data-action=results]');
    await page.waitForSelector('.finder-results');
    expect(await ids(page, 'closed')).toContain('co-etpv-ppt');
    await page.click('.finder-date summary');
    await page.fill('#finder-as-of', '2021-09-01');
    await page.click('[data-action=date]');
    await page.waitForSelector('.finder-summary:has-text("September 1, 2021")');
    await expectGroupsOf(page, { nationalities: ['VE'], current_country: 'CO' }, '2021-09-01');
    expect(await ids(page, 'closed')).not.toContain('co-etpv-ppt');
    expect(page.url()).toBe(`${env.base}/en/finder`);
    await context.close();
  });

  it('prints a summary that lists the answers only when asked to print', async () => {
    const { context, page } = await openFinder();
    await stubPrint(page);
    await answerByKeyboard(page, { countries: ['Venezuela'] });
    await page.waitForSelector('form[data-variable="current_country"]');
    await answerByKeyboard(page, { country: 'Colombia' });
    await page.waitForFunction(() => document.querySelector('form[data-variable]')?.getAttribute('data-variable') !== 'current_country');
    await page.click('[data-action=results]');
    await page.waitForSelector('.finder-results');
    expect(await page.locator('.finder-print-answers').count()).toBe(0);
    await page.click('[data-action=print]');
    const printed = await printedText(page);
    expect(printed).toContain('What are your nationalities?Venezuela');
    expect(printed).toContain('Which country are you in now?Colombia');
    expect(await page.locator('.finder-print-answers').count()).toBe(0); // gone again once printed
    await context.close();
  });
});

describe('finder: accessibility', () => {
  it.each([['en', 'en-US'], ['es', 'es-ES']])('has no axe-core violations on a question and on the results (%s)', async (lang, locale) => {
    const { context, page } = await openFinder(lang, locale);
    expect(await axeViolations(page)).toEqual([]);
    await answerByKeyboard(page, { countries: [lang === 'es' ? 'Venezuela' : 'Venezuela'] });
    await page.waitForSelector('form[data-variable="current_country"]');
    expect(await axeViolations(page)).toEqual([]);
    await page.click('[data-action=results]');
    await page.waitForSelector('.finder-results');
    await page.click('[data-group="not_eligible"] summary');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('finder: light', () => {
  it('first loads in at most 120 KB compressed: page, scripts, styles, words and the catalogue’s rules', async () => {
    // The worker's own downloads start once the finder runs, and are left out here as issue 6 counts the first load.
    const context = await env.browser.newContext({ locale: 'es-ES', serviceWorkers: 'block' });
    const page = await context.newPage();
    const sizes: Promise<{ url: string; bytes: number }>[] = [];
    page.on('requestfinished', (r) => sizes.push(r.sizes().then((s) => ({ url: r.url(), bytes: s.responseBodySize + s.responseHeadersSize }))));
    await page.goto(`${env.base}/es/finder`);
    await page.waitForSelector('form[data-variable]');
    await page.waitForLoadState('networkidle');
    const loaded = await Promise.all(sizes);
    expect(loaded.map((l) => new URL(l.url).pathname)).toEqual(expect.arrayContaining(['/es/finder', '/api/finder-data']));
    const total = loaded.reduce((sum, l) => sum + l.bytes, 0);
    expect(total, loaded.map((l) => `${l.bytes} ${l.url}`).join('\n')).toBeLessThanOrEqual(120 * 1024);
    await context.close();
  });
});
