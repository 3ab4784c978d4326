import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, WEB_APPS } from './repo-paths.ts';

/**
 * Builds every web app once per run, so the journeys never test a stale dist/ (turbo.json gives
 * `test` no dependency on `build`; a Vite build takes seconds). An app whose package has no
 * index.html yet is skipped: its journeys skip themselves while its dist/ is missing.
 * KETNOI_E2E_SKIP_BUILD=1 keeps the dist/ as it is (re-running journeys while editing them).
 */
export function buildWebApps(): void {
  if (process.env.KETNOI_E2E_SKIP_BUILD === '1') return;
  for (const app of WEB_APPS) {
    if (!existsSync(join(app.dir, 'index.html'))) {
      console.warn(`e2e: ${app.name} chưa có index.html — bỏ qua bước build.`);
      continue;
    }
    // vitest sets NODE_ENV=test, which would make Vite build React's development bundle: the
    // journeys test what users get.
    execFileSync('pnpm', ['--filter', app.name, 'run', 'build'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } });
  }
}

export function isBuilt(appName: (typeof WEB_APPS)[number]['name']): boolean {
  const app = WEB_APPS.find((a) => a.name === appName);
  return app !== undefined && existsSync(join(app.dir, 'dist', 'index.html'));
}
