import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEB_ROOT } from '../../src/cli/commands/serve.js';
import { dataDir, readCatalogue } from '../../src/catalogue/index.js';
import { createApp } from '../../src/server/app.js';
import { loadCatalogue, migrateToLatest, openStore } from '../../src/store/index.js';
import { launchChromium } from './browser.js';

let server: ServerType;
let base: string;
let browser: Browser;
const { catalogue } = readCatalogue(dataDir());

beforeAll(async () => {
  if (!existsSync(WEB_ROOT)) throw new Error('dist/web is missing: run `npm run build:web` first (npm test does)');
  const db = openStore({ kind: 'sqlite', file: ':memory:' });
  await migrateToLatest(db);
  await loadCatalogue(db, catalogue.pathways);
  const app = createApp({ db, variables: catalogue.variables, webRoot: WEB_ROOT });
  server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe('web app: home page', () => {
  it('lists every pathway of the catalogue', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/?lang=en`);
    await page.waitForSelector('li.card');
    const cards = await page.locator('li.card').count();
    expect(cards).toBe(catalogue.pathways.length);
    expect(await page.locator('li[data-pathway="co-etpv-ppt"] h2').textContent()).toContain('Temporary Protection Statute for Venezuelan Migrants');
    expect(await page.locator('li[data-pathway="co-etpv-ppt"] .where').textContent()).toBe('Colombia');
    await page.close();
  });

  it('switches every text to Spanish, keeping the choice in the address', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/?lang=en`);
    await page.waitForSelector('li.card');
    await page.selectOption('select', 'es');
    await page.waitForFunction(() => document.documentElement.lang === 'es' && document.querySelector('h1')?.textContent?.includes('Américas'));
    await page.waitForSelector('li[data-pathway="co-etpv-ppt"] h2:has-text("Estatuto Temporal")');
    expect(page.url()).toContain('lang=es');
    expect(await page.locator('li[data-pathway="co-etpv-ppt"] .type').textContent()).toBe('Protección temporal');
    await page.close();
  });

  it('has no accessibility violations that axe can detect', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/?lang=fr`);
    await page.waitForSelector('li.card');
    await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      const result = await (window as unknown as { axe: { run: () => Promise<{ violations: { id: string; help: string }[] }> } }).axe.run();
      return result.violations.map((v) => `${v.id}: ${v.help}`);
    });
    expect(violations).toEqual([]);
    await page.close();
  });

  it('tells the reader when the catalogue cannot be loaded, in their language', async () => {
    const page = await browser.newPage();
    await page.route('**/api/pathways*', (route) => route.abort());
    await page.goto(`${base}/?lang=pt`);
    await expect(page.locator('[role=alert]').textContent()).resolves.toContain('Não foi possível carregar as vias');
    await page.close();
  });
});
