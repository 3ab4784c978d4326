import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';

/** One built single-page app and the path it is served under. */
export interface WebApp {
  /** `/don-vi/`: leading and trailing slash, as Vite's `base`. */
  readonly prefix: string;
  /** The folder `vite build` wrote (holds index.html and assets/). */
  readonly dir: string;
  /** The workspace package that builds it, named in the 503 page. */
  readonly packageName: string;
}

/**
 * The apps by path: `/don-vi/` (owner units), `/pc06/` (provincial reviewers), `/c06/` (C06 officers
 * and administrators). The first one is where `/` leads.
 * `KETNOI_WEB_APPS_ROOT` points at another folder holding `<app>/dist` (a deployment that ships the
 * built files apart from the sources); by default the workspace's apps/ folder.
 */
export function defaultWebApps(root = process.env.KETNOI_WEB_APPS_ROOT ?? fileURLToPath(new URL('../../', import.meta.url))): WebApp[] {
  return [
    { prefix: '/don-vi/', dir: resolve(root, 'submitter', 'dist'), packageName: '@ketnoi/submitter' },
    { prefix: '/pc06/', dir: resolve(root, 'provincial', 'dist'), packageName: '@ketnoi/provincial' },
    { prefix: '/c06/', dir: resolve(root, 'national', 'dist'), packageName: '@ketnoi/national' },
  ];
}

// Vite names files in assets/ by content hash: a new build means new names, so they never go stale.
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Serves each built app under its prefix with an SPA fallback to its index.html (never cached, so a
 * new build is picked up at once), and `/` → the first app. A missing build does not stop the
 * server (the API works without it): that path answers 503 with what to run.
 */
export async function registerWebApps(app: FastifyInstance, apps: readonly WebApp[] = defaultWebApps()): Promise<void> {
  for (const web of apps) {
    const base = web.prefix.replace(/\/$/, '');
    const index = join(web.dir, 'index.html');
    app.get(base, (_req, reply) => reply.redirect(web.prefix));
    if (!existsSync(index)) {
      await app.register(
        async (scope) => {
          const notBuilt = async (_req: FastifyRequest, reply: FastifyReply) =>
            reply.code(503).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(notBuiltPage(web));
          scope.get('/*', notBuilt);
        },
        { prefix: base },
      );
      continue;
    }
    await app.register(
      async (scope) => {
        await scope.register(fastifyStatic, {
          root: web.dir,
          prefix: '/',
          index: ['index.html'],
          decorateReply: false,
          cacheControl: false,
          setHeaders: (reply, filePath) => reply.header('cache-control', filePath.startsWith(join(web.dir, 'assets') + sep) ? IMMUTABLE : 'no-cache'),
        });
        // Routes of the app (/don-vi/ho-so/…) are not files: they get index.html and the app routes them.
        // A missing asset or file stays a 404, or a browser would run HTML as a script.
        scope.setNotFoundHandler(async (req, reply) => {
          const rest = (req.url.split('?')[0] ?? '').slice(web.prefix.length);
          const last = rest.split('/').pop() ?? '';
          if ((req.method === 'GET' || req.method === 'HEAD') && !rest.startsWith('assets/') && !last.includes('.')) {
            return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(await readFile(index));
          }
          return reply.code(404).type('text/plain; charset=utf-8').send('Không tìm thấy tệp.');
        });
      },
      { prefix: base },
    );
  }
  const first = apps[0];
  if (first) app.get('/', (_req, reply) => reply.redirect(first.prefix));
}

function notBuiltPage(web: WebApp): string {
  return [
    '<!doctype html>',
    '<html lang="vi"><head><meta charset="utf-8"><title>ketnoi — ứng dụng chưa được xây dựng</title></head><body>',
    '<main><h1>Ứng dụng web chưa được xây dựng</h1>',
    `<p>Máy chủ đang chạy, nhưng chưa có bản dựng của ứng dụng tại <code>${web.prefix}</code>.</p>`,
    `<p>Hãy chạy <code>pnpm --filter ${web.packageName} run build</code> (hoặc <code>npm start</code> ở thư mục gốc, lệnh này tự dựng ứng dụng) rồi tải lại trang.</p>`,
    '</main></body></html>',
  ].join('\n');
}
