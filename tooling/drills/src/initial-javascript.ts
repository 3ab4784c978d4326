import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { init, parse } from 'es-module-lexer';
import { REPO_ROOT } from './server-process.ts';

/** The web apps as the server serves them (apps/server/src/web-apps.ts). */
export const WEB_APPS = [
  { name: '@ketnoi/submitter', prefix: '/don-vi/', dir: join(REPO_ROOT, 'apps', 'submitter') },
  { name: '@ketnoi/provincial', prefix: '/pc06/', dir: join(REPO_ROOT, 'apps', 'provincial') },
  { name: '@ketnoi/national', prefix: '/c06/', dir: join(REPO_ROOT, 'apps', 'national') },
] as const;

/** quality.md P4: at most this much JavaScript, gzip, before the first screen. */
export const INITIAL_JS_LIMIT_BYTES = 200 * 1024;

export interface InitialJavaScript {
  /** The entry script and every module it imports statically, transitively (paths under dist/). */
  readonly files: readonly string[];
  readonly bytes: number;
  readonly gzipBytes: number;
}

/**
 * What a browser must load before the app runs: the entry `<script type="module">` of the built
 * index.html and, transitively, its static imports (read with es-module-lexer; dynamic
 * `import()`s — lazily loaded screens — are not counted). Sizes of each file gzip-ed on its own
 * (zlib level 9 — what a server's precompressed files would hold).
 */
export async function initialJavaScript(distDir: string): Promise<InitialJavaScript> {
  await init;
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/<script\b[^>]*type="module"[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]!);
  if (entries.length === 0) throw new Error(`${distDir}/index.html: no module script`);
  // index.html names assets by their URL (`/don-vi/assets/x.js`); the file is `assets/x.js`.
  const toFile = (src: string) => src.replace(/^\/[^/]+\/(?=assets\/)/, '').replace(/^\//, '');
  const seen = new Set<string>();
  const queue = entries.map(toFile);
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const [imports] = parse(readFileSync(join(distDir, file), 'utf8'));
    for (const imp of imports) {
      // d === -1: a static import (`import … from`); -2: import.meta; ≥ 0: a dynamic import().
      if (imp.d !== -1 || imp.n === undefined || !imp.n.startsWith('.')) continue;
      queue.push(posix.normalize(posix.join(posix.dirname(file), imp.n)));
    }
  }
  const files = [...seen];
  let bytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const content = readFileSync(join(distDir, file));
    bytes += content.length;
    gzipBytes += gzipSync(content, { level: 9 }).length;
  }
  return { files, bytes, gzipBytes };
}

/** Builds an app as users get it (NODE_ENV=production), into its dist/ or into `outDir`. */
export function buildWebApp(app: (typeof WEB_APPS)[number], outDir?: string): string {
  const args = ['--filter', app.name, 'exec', 'vite', 'build', '--logLevel', 'warn', ...(outDir ? ['--outDir', outDir, '--emptyOutDir'] : [])];
  execFileSync('pnpm', args, { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } });
  return outDir ?? join(app.dir, 'dist');
}

/** The app's dist/, built first when it has none. */
export function ensureBuilt(app: (typeof WEB_APPS)[number]): string {
  const dist = join(app.dir, 'dist');
  if (!existsSync(join(dist, 'index.html'))) buildWebApp(app);
  return dist;
}

export const kb = (bytes: number) => `${(bytes / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} KB`;
