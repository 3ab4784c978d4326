import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { DEMO_LOGINS } from '@ketnoi/api';
import { ApiClient } from './api-client.ts';
import { buildWebApp, ensureBuilt, initialJavaScript, INITIAL_JS_LIMIT_BYTES, kb, WEB_APPS } from './initial-javascript.ts';
import { createScratchDatabase } from './scratch-database.ts';
import { freePort, ServerProcess } from './server-process.ts';

export interface LighthouseDrillOptions {
  readonly adminUrl: string;
  /** Build the apps afresh into a temporary folder (default) or use their dist/ (built if missing). */
  readonly build?: boolean;
  readonly chromePath?: string;
  readonly log?: (line: string) => void;
}

export interface PageScores {
  readonly app: string;
  readonly page: string;
  readonly formFactor: 'mobile' | 'desktop';
  readonly performance: number;
  readonly accessibility: number;
}

export interface LighthouseDrillResult {
  readonly ok: boolean;
  readonly pages: readonly PageScores[];
  readonly initialJs: readonly { readonly app: string; readonly files: number; readonly bytes: number; readonly gzipBytes: number }[];
  readonly report: string;
}

/** quality.md P4. */
const PERFORMANCE_AIM = 95;
const ACCESSIBILITY_AIM = 100;

/** Each app's main page signed out (its login page) and signed in (the list a user starts from). */
const PAGES = [
  { app: '@ketnoi/submitter', path: '/don-vi/dang-nhap', user: null, label: 'đăng nhập / login' },
  { app: '@ketnoi/submitter', path: '/don-vi/', user: 'nghean.canbo', label: 'danh sách hồ sơ / dossier list' },
  { app: '@ketnoi/provincial', path: '/pc06/dang-nhap', user: null, label: 'đăng nhập / login' },
  { app: '@ketnoi/provincial', path: '/pc06/', user: 'pc06.nghean', label: 'hàng đợi / queue' },
  { app: '@ketnoi/national', path: '/c06/dang-nhap', user: null, label: 'đăng nhập / login' },
  { app: '@ketnoi/national', path: '/c06/', user: 'c06.thamdinh', label: 'hàng đợi / queue' },
] as const;

/**
 * quality.md P4 as a command: the apps built as users get them (NODE_ENV=production), served by
 * the real server (demo set on a scratch PostgreSQL database), Lighthouse 12.2.3 on each app's
 * login page and signed-in main page in Debian's chromium, mobile (Lighthouse's default,
 * simulated slow 4G and a mid-range phone) and desktop; and each app's initial JavaScript, gzip.
 */
export async function lighthouseDrill(options: LighthouseDrillOptions): Promise<LighthouseDrillResult> {
  const log = options.log ?? (() => undefined);
  const build = options.build ?? true;
  const webRoot = mkdtempSync(join(tmpdir(), 'ketnoi-lighthouse-'));
  const scratch = await createScratchDatabase(options.adminUrl, 'lighthouse');
  let chrome: chromeLauncher.LaunchedChrome | undefined;
  let server: ServerProcess | undefined;
  try {
    const initialJs = [];
    for (const app of WEB_APPS) {
      const dist = build ? buildWebApp(app, join(webRoot, app.dir.split('/').at(-1)!, 'dist')) : ensureBuilt(app);
      const js = await initialJavaScript(dist);
      initialJs.push({ app: app.name, files: js.files.length, bytes: js.bytes, gzipBytes: js.gzipBytes });
      log(`${app.name}: JavaScript ban đầu / initial ${kb(js.gzipBytes)} gzip (${js.files.length} tệp / files)`);
    }
    server = new ServerProcess(
      await freePort(),
      { DATABASE_URL: scratch.url, KETNOI_LOG: '0', KETNOI_JOBS: '0', KETNOI_SESSION_SECRET: randomBytes(32).toString('base64url'), ...(build ? { KETNOI_WEB_APPS_ROOT: webRoot } : {}) },
      ['--demo'],
    );
    await server.start();
    chrome = await chromeLauncher.launch({
      chromePath: options.chromePath ?? process.env.CHROME_PATH ?? '/usr/bin/chromium',
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    });
    const pages: PageScores[] = [];
    for (const page of PAGES) {
      const headers: Record<string, string> = {};
      if (page.user) {
        const client = new ApiClient(server.baseUrl, page.user);
        await client.login(DEMO_LOGINS.password);
        headers.Cookie = client.cookieHeader;
      }
      for (const formFactor of ['mobile', 'desktop'] as const) {
        const run = () =>
          lighthouse(
            `${server!.baseUrl}${page.path}`,
            { port: chrome!.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'], extraHeaders: headers },
            formFactor === 'desktop' ? desktopConfig : undefined,
          );
        // Lighthouse's own advice on a failed trace (NO_NAVSTART and the like): run it again.
        let lhr: NonNullable<Awaited<ReturnType<typeof run>>>['lhr'] | undefined;
        let failure = '';
        for (let attempt = 0; attempt < 3 && !lhr; attempt++) {
          try {
            const result = await run();
            if (!result) failure = 'no result';
            else if (result.lhr.runtimeError) failure = result.lhr.runtimeError.message;
            else lhr = result.lhr;
          } catch (e) {
            failure = (e as Error).message;
          }
        }
        if (!lhr) throw new Error(`${page.path} (${formFactor}): ${failure}`);
        const score = (id: string) => Math.round((lhr!.categories[id]?.score ?? 0) * 100);
        const scores = { app: page.app, page: `${page.path} — ${page.label}`, formFactor, performance: score('performance'), accessibility: score('accessibility') };
        pages.push(scores);
        log(`   ${scores.page} (${formFactor}): hiệu năng / performance ${scores.performance}, tiếp cận / accessibility ${scores.accessibility}`);
      }
    }
    const ok = pages.every((p) => p.performance >= PERFORMANCE_AIM && p.accessibility >= ACCESSIBILITY_AIM) && initialJs.every((j) => j.gzipBytes <= INITIAL_JS_LIMIT_BYTES);
    return { ok, pages, initialJs, report: formatLighthouseReport(pages, initialJs, ok) };
  } finally {
    await chrome?.kill();
    await server?.stop();
    await scratch.drop();
    rmSync(webRoot, { recursive: true, force: true });
  }
}

export function formatLighthouseReport(pages: readonly PageScores[], initialJs: LighthouseDrillResult['initialJs'], ok: boolean): string {
  const head = ['Trang / page', 'Thiết bị / device', 'Hiệu năng / performance', 'Tiếp cận / accessibility'];
  const mark = (v: number, aim: number) => `${v}${v >= aim ? '' : ' ✗'}`;
  const rows = pages.map((p) => [p.page, p.formFactor, mark(p.performance, PERFORMANCE_AIM), mark(p.accessibility, ACCESSIBILITY_AIM)]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [
    'Diễn tập Lighthouse (P4) / Lighthouse drill — Lighthouse 12.2.3, chromium; mục tiêu / aims: hiệu năng ≥ 95, tiếp cận 100, JS ban đầu ≤ 200 KB gzip',
    '',
    line(head),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map(line),
    '',
    ...initialJs.map((j) => `JavaScript ban đầu / initial JavaScript ${j.app}: ${kb(j.gzipBytes)} gzip (${kb(j.bytes)}, ${j.files} tệp / files)${j.gzipBytes <= INITIAL_JS_LIMIT_BYTES ? '' : ' ✗'}`),
    '',
    ok ? 'Kết quả / result: ĐẠT / PASS' : 'Kết quả / result: CHƯA ĐẠT mục tiêu / BELOW THE AIMS (✗)',
  ].join('\n');
}
