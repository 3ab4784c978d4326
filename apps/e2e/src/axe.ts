import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** The rule sets quality.md asks of every page: WCAG 2.1 A and AA, and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] as const;

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: readonly string[];
}

/**
 * Runs axe-core in the page. Its source is evaluated through the DevTools protocol, which the
 * server's CSP (`script-src 'self'`, no inline scripts) does not govern; `addScriptTag` would be
 * refused by that CSP, and turning the CSP off would hide real CSP faults from the journeys.
 */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as { axe?: unknown }).axe !== 'undefined');
  if (!loaded) await page.evaluate(axe.source);
  return page.evaluate(async (tags) => {
    const engine = (window as unknown as { axe: typeof axe }).axe;
    const result = await engine.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      targets: v.nodes.map((n) => n.target.map(String).join(' ')),
    }));
  }, [...AXE_TAGS]);
}

/** Lists each violation (rule id, impact, target nodes) so a failure says what to fix. */
export function describeViolations(label: string, violations: readonly AxeViolation[]): string {
  const lines = violations.map((v) => `  - ${v.id} [${v.impact ?? 'không rõ'}] ${v.help}\n      ${v.targets.join('\n      ')}`);
  return `axe: ${violations.length} vi phạm trên "${label}":\n${lines.join('\n')}`;
}

export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const violations = await runAxe(page);
  if (violations.length > 0) console.error(describeViolations(label, violations));
  expect(violations, describeViolations(label, violations)).toEqual([]);
}
