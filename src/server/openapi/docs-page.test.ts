import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../test/e2e/browser.js';
import { buildTestApp } from '../test-app.js';

let ctx: Awaited<ReturnType<typeof buildTestApp>>;
let server: ServerType;
let base: string;
let browser: Browser;

beforeAll(async () => {
  ctx = await buildTestApp();
  server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: ctx.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
  await ctx?.db.destroy();
});

describe('GET /api/docs', () => {
  it('shows every operation of the document, loading nothing from elsewhere and breaking no policy', async () => {
    const page = await browser.newPage();
    const outside: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => { if (!r.url().startsWith(base) && !r.url().startsWith('data:')) outside.push(r.url()); });
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}/api/docs`);
    await page.waitForSelector('.opblock');
    const doc = await (await ctx.app.request('/api/openapi.json')).json() as { paths: Record<string, Record<string, unknown>> };
    const operations = Object.values(doc.paths).reduce((n, item) => n + Object.keys(item).length, 0);
    expect(await page.locator('.opblock').count()).toBe(operations);
    expect(await page.locator('.opblock-summary-path').allTextContents()).toContain('/api/pathways/{id}');
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
