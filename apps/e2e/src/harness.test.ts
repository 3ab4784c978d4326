import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeViolations, expectNoAxeViolations, runAxe } from './axe.ts';
import { baseUrl, openPage, pageErrors } from './browser.ts';
import { screenshot } from './screenshot.ts';

// The harness itself, on pages that exist whatever the web apps look like: if these fail,
// the journeys' failures say nothing about the apps.
describe('e2e harness', () => {
  it('runs the real server, ready and behind its CSP', async () => {
    const res = await fetch(`${baseUrl()}/ready`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready' });
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('runs axe inside a page served under that CSP', async () => {
    const page = await openPage('/health');
    const violations = await runAxe(page);
    // The browser's plain JSON view; what matters is that axe ran, not what it found.
    expect(Array.isArray(violations)).toBe(true);
    expect(await page.evaluate(() => typeof (window as { axe?: unknown }).axe)).toBe('object');
  });

  it('reports a violation by rule id and target, and fails the assertion', async () => {
    const page = await openPage();
    await page.setContent('<!doctype html><html lang="vi"><head><title>Thử</title></head><body><main><h1>Thử</h1><img id="anh" src="data:image/png;base64,iVBORw0KGgo="></main></body></html>');
    const violations = await runAxe(page);
    const imageAlt = violations.find((v) => v.id === 'image-alt');
    expect(imageAlt?.targets).toEqual(['#anh']);
    expect(describeViolations('thử', violations)).toContain('image-alt');
    await expect(expectNoAxeViolations(page, 'thử')).rejects.toThrow(/image-alt/);
  });

  it('passes a clean page, and keeps script errors for the test to see', async () => {
    const page = await openPage();
    await page.setContent('<!doctype html><html lang="vi"><head><title>Sạch</title></head><body><main><h1>Trang sạch</h1><p>Nội dung.</p></main></body></html>');
    await expectNoAxeViolations(page, 'trang sạch');
    expect(pageErrors(page)).toEqual([]);
    await page.evaluate(() => console.error('lỗi thử'));
    expect(pageErrors(page)).toEqual(['console.error: lỗi thử']);
  });

  it('saves a screenshot as a PNG in artifacts/', async () => {
    const page = await openPage();
    await page.setContent('<h1>Ảnh</h1>');
    const path = await screenshot(page, 'harness-self-check');
    expect(existsSync(path)).toBe(true);
    expect(readFileSync(path).subarray(1, 4).toString('latin1')).toBe('PNG');
  });
});
