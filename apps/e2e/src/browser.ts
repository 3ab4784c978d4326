import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';
import type {} from './provided.ts';

let connection: Promise<Browser> | undefined;
const problems = new WeakMap<Page, string[]>();

/** The one Chromium of the run (launched by the global setup), connected once per test file. */
function browser(): Promise<Browser> {
  connection ??= chromium.connect(inject('e2e').browserWsEndpoint);
  return connection;
}

export function baseUrl(): string {
  return inject('e2e').baseUrl;
}

/**
 * A page in a fresh browser context (its own cookies: one user per page), Vietnamese locale,
 * relative URLs resolved against the e2e server; goes to `path` when given.
 * Script errors and console errors (a CSP refusal shows as one) are kept for `expectNoPageErrors`.
 */
export async function openPage(path?: string): Promise<Page> {
  const context = await (await browser()).newContext({
    baseURL: baseUrl(),
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    viewport: { width: 1280, height: 800 },
  });
  // Shorter than the test timeout so a missing element fails with Playwright's own message
  // (which locator, what it waited for) rather than vitest's bare timeout.
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  const seen: string[] = [];
  problems.set(page, seen);
  page.on('pageerror', (err) => seen.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    // The location names the resource behind "Failed to load resource" (path only: queries may carry inputs).
    const where = msg.location().url.split('?')[0];
    if (msg.type() === 'error') seen.push(`console.error: ${msg.text()}${where ? ` (${where.replace(baseUrl(), '')})` : ''}`);
  });
  if (path !== undefined) {
    const response = await page.goto(path);
    if (response !== null && !response.ok()) throw new Error(`e2e: GET ${path} trả về ${response.status()}`);
  }
  return page;
}

/** What went wrong in the page's scripts since it opened (empty when all is well). */
export function pageErrors(page: Page): readonly string[] {
  return problems.get(page) ?? [];
}

/** Closes this file's connection (its contexts go with it); the browser itself lives on. */
export async function disconnectBrowser(): Promise<void> {
  if (connection === undefined) return;
  const b = await connection;
  connection = undefined;
  await b.close();
}
