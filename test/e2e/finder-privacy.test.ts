import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerByKeyboard, askedVariable, type KeyAnswer } from './finder-keys.js';
import { startWebTestEnv, type WebTestEnv } from './web-server.js';

// Issue 6, "Private": the finder is completed while every request, cookie and store is recorded,
// and no answer may be found in any of them.
let env: WebTestEnv;
beforeAll(async () => { env = await startWebTestEnv(); });
afterAll(async () => env?.close());

/** A Haitian in Mexico, with dates no page or asset would contain by chance. */
const answers: Record<string, KeyAnswer> = {
  nationalities: { countries: ['Haiti'] },
  current_country: { country: 'Mexico' },
  entry_date: { date: '11202022' },
  birth_date: { date: '03141987' },
  asylum_claim_date: { date: '12012022' },
  entry_regular: { choice: 1 },
  has_criminal_record: { choice: 1 },
  has_valid_passport: { choice: 0 },
  current_status: { choice: 4 },
  sponsor_countries: { countries: ['United States'] },
  occupation_sector: { choice: 1 },
};

/** What would betray an answer: the values, in every form a request could carry them, and the questions' ids. */
const SECRETS = [
  'Haiti', 'Mexico', 'United States', '2022-11-20', '20/11/2022', '11/20/2022', '20221120', '1987-03-14', '19870314', '1987', '2022-12-01',
  'nationalities', 'current_country', 'entry_date', 'birth_date', 'asylum_claim_date', 'entry_regular', 'has_criminal_record', 'has_valid_passport',
  'current_status', 'asylum_seeker', 'sponsor_countries', 'occupation_sector', 'construction',
];
/** A country code as a request would carry it: a query value, a JSON string or a list item. */
const CODES = /[=,:"'[](HT|MX|US)\b/;

interface Seen { url: string; headers: Record<string, string>; body: string | null; worker: boolean }

describe('finder: no answer leaves the browser', () => {
  it('sends, stores and puts in the URL nothing of the answers, service worker included', async () => {
    const context = await env.browser.newContext({ locale: 'en-US' });
    const pending: Promise<Seen>[] = [];
    const record = (r: Request) => pending.push(r.allHeaders().then((headers) => ({ url: r.url(), headers, body: r.postData(), worker: r.serviceWorker() !== null })));
    context.on('request', record);
    const page = await context.newPage();
    const urls: string[] = [];
    page.on('framenavigated', (frame) => urls.push(frame.url()));
    await page.goto(`${env.base}/en/finder`);
    // The service worker is installed, so that its requests are recorded too.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

    const asked: string[] = [];
    for (let variable = await askedVariable(page); variable; variable = await askedVariable(page)) {
      asked.push(variable);
      const step = asked.length;
      await answerByKeyboard(page, answers[variable] ?? { none: true });
      await page.waitForFunction((n) => !!document.querySelector('.finder-results') || document.querySelector('.finder-progress p')?.textContent?.startsWith(`Question ${n + 1}.`), step);
      if (asked.length > 15) throw new Error(`the finder keeps asking: ${asked.join(', ')}`);
    }
    expect(asked).toEqual(expect.arrayContaining(['nationalities', 'current_country', 'birth_date']));
    await page.click('[data-group="not_eligible"] summary');
    await page.locator('[data-action=print]').isVisible();
    // An answer changed after Back, and the results asked for again: still nothing sent.
    await page.click('[data-action=back]');
    await page.waitForSelector('form[data-variable]');
    await page.click('[data-action=results]');
    await page.waitForSelector('.finder-results');

    const requests = await Promise.all(pending);
    expect(requests.length).toBeGreaterThan(5);
    expect(requests.some((r) => r.url.endsWith('/sw.js'))).toBe(true);
    expect(requests.some((r) => r.worker)).toBe(true); // the worker's own fetches are among them
    expect(requests.filter((r) => r.url.includes('/api/')).map((r) => new URL(r.url).pathname + new URL(r.url).search))
      .toEqual(expect.arrayContaining(['/api/finder-data?lang=en']));
    for (const r of requests) {
      const text = [r.url, ...Object.entries(r.headers).flat(), r.body ?? ''].join('\n');
      for (const secret of SECRETS) expect(text, `${r.url} carries "${secret}"`).not.toContain(secret);
      expect(decodeURIComponent(new URL(r.url).search), r.url).not.toMatch(CODES);
      expect(r.body ?? '', r.url).not.toMatch(CODES);
    }
    expect(requests.every((r) => r.body === null)).toBe(true); // the finder never posts
    expect(urls.every((u) => u === `${env.base}/en/finder`)).toBe(true);

    expect(await context.cookies()).toEqual([]);
    const stored = await page.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      indexedDb: (await indexedDB.databases()).map((d) => d.name),
      cached: (await Promise.all((await caches.keys()).map(async (name) => (await (await caches.open(name)).keys()).map((k) => k.url)))).flat(),
    }));
    expect(stored).toMatchObject({ local: 0, session: 0, indexedDb: [] });
    // The service worker keeps the app and the finder's data, nothing personal.
    expect(stored.cached.length).toBeGreaterThan(0);
    for (const url of stored.cached) expect(new URL(url).pathname).toMatch(/^\/(index\.html|favicon\.svg|assets\/.+|api\/finder-data)$/);
    await context.close();
  });
});
