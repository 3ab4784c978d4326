import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '@ketnoi/db/testing';
import { buildApp } from './app.ts';
import { defaultWebApps, registerWebApps } from './web-apps.ts';

const INDEX = '<!doctype html><html lang="vi"><head><script type="module" src="/don-vi/assets/index-abc123.js"></script></head><body><div id="root"></div></body></html>';
const PC06_INDEX = '<!doctype html><html lang="vi"><head><script type="module" src="/pc06/assets/index-def456.js"></script></head><body><div id="root"></div></body></html>';

/** A folder laid out as `vite build` leaves apps/<app>/dist. */
function fixtureRoot(withBuild: boolean): string {
  const root = mkdtempSync(join(tmpdir(), 'ketnoi-web-'));
  if (withBuild) {
    mkdirSync(join(root, 'submitter', 'dist', 'assets'), { recursive: true });
    writeFileSync(join(root, 'submitter', 'dist', 'index.html'), INDEX);
    writeFileSync(join(root, 'submitter', 'dist', 'assets', 'index-abc123.js'), 'console.log("ketnoi");');
    mkdirSync(join(root, 'provincial', 'dist', 'assets'), { recursive: true });
    writeFileSync(join(root, 'provincial', 'dist', 'index.html'), PC06_INDEX);
    writeFileSync(join(root, 'provincial', 'dist', 'assets', 'index-def456.js'), 'console.log("pc06");');
  }
  return root;
}

describe('the apps the server knows', () => {
  it('serves the submitter app at /don-vi/ (where / leads), the PC06 app at /pc06/ and the C06 app at /c06/, from their dist/', () => {
    const apps = defaultWebApps('/srv/ketnoi/apps');
    expect(apps.map((a) => [a.prefix, a.dir, a.packageName])).toEqual([
      ['/don-vi/', '/srv/ketnoi/apps/submitter/dist', '@ketnoi/submitter'],
      ['/pc06/', '/srv/ketnoi/apps/provincial/dist', '@ketnoi/provincial'],
      ['/c06/', '/srv/ketnoi/apps/national/dist', '@ketnoi/national'],
    ]);
  });
});

describe('two apps side by side', () => {
  let host: FastifyInstance;
  let root: string;
  beforeAll(async () => {
    root = fixtureRoot(true);
    host = Fastify();
    await registerWebApps(host, defaultWebApps(root));
  });
  afterAll(async () => {
    await host?.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('gives each prefix its own page and routes, and / still leads to the submitter app', async () => {
    for (const url of ['/pc06/', '/pc06/dang-nhap', '/pc06/ho-so/0b8a6c1e-0000-4000-8000-000000000001', '/pc06/?nhom=tat-ca&tim=duc']) {
      const res = await host.inject(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.body, url).toBe(PC06_INDEX);
    }
    expect((await host.inject('/pc06')).headers.location).toBe('/pc06/');
    expect((await host.inject('/don-vi/ho-so/x')).body).toBe(INDEX);
    expect((await host.inject('/')).headers.location).toBe('/don-vi/');
    expect((await host.inject('/pc06/assets/index-def456.js')).body).toContain('pc06');
    // One app's assets are not served under the other's prefix.
    expect((await host.inject('/pc06/assets/index-abc123.js')).statusCode).toBe(404);
  });
});

describe('web apps on a bare host', () => {
  let built: FastifyInstance;
  let missing: FastifyInstance;
  const roots: string[] = [];

  beforeAll(async () => {
    const withBuild = fixtureRoot(true);
    const withoutBuild = fixtureRoot(false);
    roots.push(withBuild, withoutBuild);
    built = Fastify();
    await registerWebApps(built, [{ prefix: '/don-vi/', dir: join(withBuild, 'submitter', 'dist'), packageName: '@ketnoi/submitter' }]);
    missing = Fastify();
    await registerWebApps(missing, [{ prefix: '/don-vi/', dir: join(withoutBuild, 'submitter', 'dist'), packageName: '@ketnoi/submitter' }]);
  });
  afterAll(async () => {
    await built?.close();
    await missing?.close();
    for (const r of roots) rmSync(r, { recursive: true, force: true });
  });

  it('redirects / and /don-vi to /don-vi/', async () => {
    for (const url of ['/', '/don-vi']) {
      const res = await built.inject(url);
      expect(res.statusCode).toBe(302);
      expect(res.headers.location).toBe('/don-vi/');
    }
  });

  it('serves index.html, never cached, at the app root and for its routes (SPA fallback)', async () => {
    for (const url of ['/don-vi/', '/don-vi/dang-nhap', '/don-vi/ho-so/0b8a6c1e-0000-4000-8000-000000000001?x=1']) {
      const res = await built.inject(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.body).toBe(INDEX);
    }
  });

  it('caches hashed assets for good, and a missing asset is a 404, not the HTML page', async () => {
    const asset = await built.inject('/don-vi/assets/index-abc123.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.body).toContain('ketnoi');
    const gone = await built.inject('/don-vi/assets/index-old999.js');
    expect(gone.statusCode).toBe(404);
    expect(gone.headers['content-type']).not.toMatch(/html/);
  });

  it('answers 503 with a Vietnamese page naming the build command when the app is not built', async () => {
    for (const url of ['/don-vi/', '/don-vi/he-thong']) {
      const res = await missing.inject(url);
      expect(res.statusCode).toBe(503);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.body).toContain('Ứng dụng web chưa được xây dựng');
      expect(res.body).toContain('pnpm --filter @ketnoi/submitter run build');
    }
    expect((await missing.inject('/')).headers.location).toBe('/don-vi/');
  });
});

describe('web apps on the real host', () => {
  let t: TestDatabase;
  const apps: FastifyInstance[] = [];
  const roots: string[] = [];
  const before = process.env.KETNOI_WEB_APPS_ROOT;

  const hostWith = async (withBuild: boolean) => {
    const root = fixtureRoot(withBuild);
    roots.push(root);
    process.env.KETNOI_WEB_APPS_ROOT = root;
    const app = await buildApp({ db: t.db, now: () => new Date(), sessionSecret: 'a-test-secret-that-is-long-enough-for-cookies' });
    apps.push(app);
    return app;
  };

  beforeAll(async () => {
    t = await openTestDatabase('pglite');
  });
  afterAll(async () => {
    if (before === undefined) delete process.env.KETNOI_WEB_APPS_ROOT;
    else process.env.KETNOI_WEB_APPS_ROOT = before;
    for (const a of apps) await a.close();
    await t?.close();
    for (const r of roots) rmSync(r, { recursive: true, force: true });
  });

  it('serves the app page with the CSP that forbids inline scripts and styles', async () => {
    const app = await hostWith(true);
    for (const url of ['/don-vi/', '/don-vi/ho-so/abc']) {
      const res = await app.inject(url);
      expect(res.statusCode).toBe(200);
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("style-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
    }
    // The API still answers beside the apps.
    expect((await app.inject('/health')).json()).toEqual({ status: 'ok' });
  });

  it('starts without a build and says so on the app path', async () => {
    const app = await hostWith(false);
    const res = await app.inject('/don-vi/');
    expect(res.statusCode).toBe(503);
    expect(String(res.headers['content-security-policy'])).toContain("script-src 'self'");
    expect((await app.inject('/health')).statusCode).toBe(200);
  });
});
