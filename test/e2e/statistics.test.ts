import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, startWebTestEnv, watchPage, type WebTestEnv } from './web-server.js';

// The statistics page on the real bundled Darién series (loaded whole in the test server's
// sample) and the CBP encounters of US fiscal year 2023, with the real catalogue's pathways.
let env: WebTestEnv;
beforeAll(async () => { env = await startWebTestEnv(); });
afterAll(async () => env?.close());

async function open(path: string, ready: string, locale = 'en-US') {
  const context = await env.browser.newContext({ locale, acceptDownloads: true });
  const page = await context.newPage();
  const seen = watchPage(page);
  await page.goto(`${env.base}${path}`);
  await page.waitForSelector(ready);
  return { page, seen, close: () => context.close() };
}

interface Buckets { buckets: { key: string; value: number }[] }
async function api<T>(path: string): Promise<T> {
  return (await fetch(`${env.base}${path}`)).json() as Promise<T>;
}

const CHNV_OPENED = '[data-marker="us-chnv-parole:2022-10-18:opened"]';
const ETPV_OPENED = '[data-marker="co-etpv-ppt:2021-03-01:opened"]';

describe('statistics: the Darién chart of Venezuelans', () => {
  it('draws the months with CHNV parole, Safe Mobility and the ETPV marked, breaking the line at missing months', async () => {
    const { page, seen, close } = await open('/en/statistics', `svg.time-chart ${CHNV_OPENED}`);
    expect(await page.locator('select[name="indicator"]').inputValue()).toBe('darien.transits');
    expect(await page.locator('select[name="origin"]').inputValue()).toBe('VEN');
    expect(await page.locator('select[name="frequency"]').inputValue()).toBe('monthly');
    expect(await page.locator(`${CHNV_OPENED} text`).textContent()).toBe('CHNV parole: Opened');
    expect(await page.locator(`${ETPV_OPENED} text`).textContent()).toBe('ETPV: Opened');
    expect(await page.locator('[data-marker="co-etpv-ppt:2023-11-24:closed"]').count()).toBe(1);
    expect(await page.locator('[data-marker="us-safe-mobility-offices:2023-06-12:opened"]').count()).toBe(1);
    // Amendments are left out unless asked for.
    expect(await page.locator('[data-marker="us-chnv-parole:2023-01-06:amended"]').count()).toBe(0);
    // April, May and July 2020 have no figure: the line breaks there instead of dropping to zero.
    expect(await page.locator('svg.time-chart .line path').count()).toBeGreaterThan(1);
    const months = (await api<Buckets>('/api/series/darien.transits/aggregates?by=month&frequency=monthly&origin=VEN&lang=en')).buckets;
    expect(await page.locator('svg.time-chart .line circle').count()).toBe(months.length);
    expect(await page.locator('svg.time-chart desc').textContent()).toMatch(/January 2020 to April 2025: \d+ values, the highest [\d,]+ \(\w+ \d{4}\).*periods have no published figure/);
    expect(await page.locator('.stat-events li[data-event="us-chnv-parole:opened"]').textContent()).toContain('October 18, 2022');
    expect(seen.csp).toEqual([]);
    expect(seen.errors).toEqual([]);
    await close();
  });

  it('gives the same values as a table, a view kept in the URL, with gaps said as gaps', async () => {
    const { page, close } = await open('/en/statistics?indicator=darien.transits&origin=VEN', 'svg.time-chart');
    await page.click('.view-switch a:has-text("Table")');
    await page.waitForSelector('table[data-view="table"]');
    expect(page.url()).toMatch(/\/en\/statistics\?indicator=darien\.transits&origin=VEN&view=table$/);
    const months = (await api<Buckets>('/api/series/darien.transits/aggregates?by=month&frequency=monthly&origin=VEN&lang=en')).buckets;
    const rows = await page.locator('table[data-view="table"] tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-period'), tr.querySelector('td')?.textContent ?? '']));
    const shown = new Map(rows.map(([period, value]) => [period, value]));
    for (const { key, value } of months) expect(shown.get(key)).toBe(value.toLocaleString('en-US'));
    expect(rows.length).toBe(64); // January 2020 to April 2025
    expect(shown.get('2020-04')).toBe('no figure published');
    await close();
  });

  it('downloads exactly what is drawn as CSV', async () => {
    const { page, close } = await open('/en/statistics?indicator=darien.transits&origin=VEN&from=2020-01&to=2020-12', 'a[data-download="series"]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('a[data-download="series"]')]);
    expect(download.suggestedFilename()).toBe('vias-darien.transits-VEN-2020-01-2020-12.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('indicator,origin,period,value,unit');
    expect(lines).toHaveLength(13);
    expect(lines).toContain('darien.transits,VEN,2020-04,,persons');
    const months = (await api<Buckets>('/api/series/darien.transits/aggregates?by=month&frequency=monthly&origin=VEN&from=2020-01&to=2020-12&lang=en')).buckets;
    for (const { key, value } of months) expect(lines).toContain(`darien.transits,VEN,${key},${value},persons`);
    await close();
  });

  it('cites the publisher, title, address, day of access and licence', async () => {
    const { page, close } = await open('/es/statistics', '.stat-cite .citation');
    const citation = await page.locator('.stat-cite .citation').textContent();
    expect(citation).toContain('Servicio Nacional de Migración de Panamá, «');
    expect(citation).toContain('https://www.migracion.gob.pa/estadisticas/, consultado el ');
    expect(citation).toMatch(/consultado el \d{1,2} de \w+ de \d{4}\. Licencia: No licence stated by the publisher/);
    expect(citation).toContain('Tomado de: IOM Global Data Institute');
    await close();
  });

  it('adds up whole and partial years, and says which years are partial', async () => {
    const { page, close } = await open('/en/statistics?indicator=darien.transits&origin=VEN&frequency=yearly&view=table', 'table[data-view="table"]');
    const years = (await api<Buckets>('/api/series/darien.transits/aggregates?by=year&frequency=monthly&origin=VEN&lang=en')).buckets;
    const y2023 = years.find((y) => y.key === '2023')!;
    expect(await page.locator('tr[data-period="2023"] td').first().textContent()).toBe(y2023.value.toLocaleString('en-US'));
    expect(await page.locator('tr[data-period="2025"] td').nth(1).textContent()).toBe('only 4 months counted');
    expect(await page.locator('tr[data-period="2019"] td').first().textContent()).toBe('78');
    await close();
  });
});

describe('statistics: choosing what to draw', () => {
  it('changes series and nationality through the URL, which restores the view', async () => {
    const { page, close } = await open('/en/statistics', `svg.time-chart ${CHNV_OPENED}`);
    await page.selectOption('select[name="indicator"]', 'cbp.sw_border_encounters');
    await page.waitForURL(/indicator=cbp\.sw_border_encounters/);
    await page.selectOption('select[name="origin"]', 'HTI');
    await page.waitForURL(/origin=HTI/);
    await page.waitForSelector('[data-marker="us-safe-mobility-offices:2023-06-12:opened"]');
    expect(await page.locator('.stat-figure h2').textContent()).toBe('US southwest land border encounters: Haiti');
    const url = page.url();
    // Opened afresh from its address, the page shows the same chart.
    const again = await open(url.slice(env.base.length), '[data-marker="us-safe-mobility-offices:2023-06-12:opened"]');
    expect(await again.page.locator('select[name="indicator"]').inputValue()).toBe('cbp.sw_border_encounters');
    expect(await again.page.locator('select[name="origin"]').inputValue()).toBe('HTI');
    expect(await again.page.locator('svg.time-chart .line circle').count()).toBe(12);
    await again.close();
    // Back returns to the previous nationality.
    await page.goBack();
    await page.waitForFunction(() => (document.querySelector('select[name="origin"]') as HTMLSelectElement | null)?.value === 'VEN');
    await close();
  });

  it('lets the reader choose which pathways are marked, and keeps the choice in the URL', async () => {
    const { page, close } = await open('/en/statistics', `svg.time-chart ${CHNV_OPENED}`);
    await page.uncheck('input[name="marks"][value="us-chnv-parole"]');
    await page.waitForURL(/marks=/);
    expect(page.url()).not.toContain('us-chnv-parole');
    await page.waitForSelector(CHNV_OPENED, { state: 'detached' });
    expect(await page.locator(ETPV_OPENED).count()).toBe(1);
    await page.check('input[name="events"]');
    await page.waitForURL(/events=all/);
    await page.waitForSelector('[data-marker="co-etpv-ppt:2021-04-28:amended"]');
    await close();
  });
});

describe('statistics: accessibility (axe-core, WCAG 2.2 AA)', () => {
  const pages = [
    ['/en/statistics', CHNV_OPENED], ['/es/statistics?view=table', 'table[data-view="table"]'],
    ['/fr/statistics?indicator=cbp.sw_border_encounters&origin=CUB&frequency=yearly', 'svg.time-chart .bars rect'],
  ] as const;
  it.each(pages)('%s has no violations', async (path, ready) => {
    const { page, seen, close } = await open(path, ready);
    await page.waitForLoadState('networkidle');
    expect(await axeViolations(page)).toEqual([]);
    expect(seen.csp).toEqual([]);
    await close();
  });
});
