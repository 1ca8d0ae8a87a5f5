import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import type { Browser, Page } from 'playwright-core';
import { WEB_ROOT } from '../../src/cli/commands/serve.js';
import { buildTestApp } from '../../src/server/test-app.js';
import { localToday } from '../../src/web/ui/dates.js';
import { launchChromium } from './browser.js';

/** The built web app and the API over the bundled catalogue on a loopback port, and a browser. */
export interface WebTestEnv {
  base: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Starts `vias serve`'s app (today is the real today, so "open today" means what a reader sees) and Chromium. */
export async function startWebTestEnv(): Promise<WebTestEnv> {
  if (!existsSync(WEB_ROOT)) throw new Error('dist/web is missing: run `npm run build:web` first (npm test does)');
  const { app, db } = await buildTestApp({ webRoot: WEB_ROOT, today: () => localToday(), statistics: 'sample' });
  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const browser = await launchChromium();
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    browser,
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
      await db.destroy();
    },
  };
}

/** Every Content-Security-Policy violation and console error a page reports, for asserting none. */
export function watchPage(page: Page): { csp: string[]; errors: string[] } {
  const seen = { csp: [] as string[], errors: [] as string[] };
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    (text.includes('Content Security Policy') ? seen.csp : seen.errors).push(text);
  });
  page.on('pageerror', (error) => seen.errors.push(String(error)));
  return seen;
}

const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * axe-core's violations of WCAG 2.0–2.2 A and AA on the page as it is now. axe is evaluated
 * through the DevTools protocol, which the page's CSP does not govern, so the CSP stays on.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(readFileSync(AXE_SOURCE, 'utf8'));
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
  });
}
