import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildWebApp, initialJavaScript, INITIAL_JS_LIMIT_BYTES, WEB_APPS } from './initial-javascript.ts';

const work = mkdtempSync(join(tmpdir(), 'ketnoi-initial-js-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('initial JavaScript of a built app', () => {
  it('counts the entry script and its static imports, transitively, but not lazily loaded modules', async () => {
    const dist = join(work, 'fixture');
    mkdirSync(join(dist, 'assets'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<!doctype html><script type="module" crossorigin src="/don-vi/assets/index-a1.js"></script>');
    writeFileSync(join(dist, 'assets', 'index-a1.js'), 'import{a as b}from"./vendor-b2.js";const l=()=>import("./lazy-c3.js");console.log(b,l);');
    writeFileSync(join(dist, 'assets', 'vendor-b2.js'), 'import"./shared-d4.js";export const a=1;');
    writeFileSync(join(dist, 'assets', 'shared-d4.js'), `export const s="${'x'.repeat(1000)}";`);
    writeFileSync(join(dist, 'assets', 'lazy-c3.js'), `export default "${'y'.repeat(100_000)}";`);
    const js = await initialJavaScript(dist);
    expect([...js.files].sort()).toEqual(['assets/index-a1.js', 'assets/shared-d4.js', 'assets/vendor-b2.js']);
    // shared-d4.js is 1 KB of one letter: gzip makes it far smaller; the lazy 100 KB is not counted.
    expect(js.bytes).toBeLessThan(2_000);
    expect(js.gzipBytes).toBeLessThan(js.bytes);
  });

  // quality.md P4: ≤ 200 KB gzip. A fresh production build into a folder of the test's own.
  it.each(WEB_APPS.map((app) => [app.name, app] as const))('%s: a fresh production build loads at most 200 KB gzip of JavaScript first', async (_name, app) => {
    const dist = buildWebApp(app, join(work, app.name.replace('@ketnoi/', ''), 'dist'));
    const js = await initialJavaScript(dist);
    expect(js.files.length).toBeGreaterThan(0);
    expect(js.gzipBytes).toBeGreaterThan(10 * 1024);
    expect(js.gzipBytes).toBeLessThanOrEqual(INITIAL_JS_LIMIT_BYTES);
  });
});
