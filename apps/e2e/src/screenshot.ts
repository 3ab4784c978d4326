import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './axe.ts';
import { ARTIFACTS_DIR } from './repo-paths.ts';

/** Saves a full-page PNG as apps/e2e/artifacts/<name>.png (git-ignored) for a human to look at. */
export async function screenshot(page: Page, name: string): Promise<string> {
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`e2e: tên ảnh phải là kebab-case: ${name}`);
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const path = join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** A step of a journey: the page has no axe violation, and its screenshot is saved. */
export async function step(page: Page, label: string, name: string): Promise<void> {
  await expectNoAxeViolations(page, label);
  await screenshot(page, name);
}
