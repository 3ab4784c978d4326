import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { openTestDatabase, testDatabases, type TestDatabase } from '@ketnoi/db/testing';
import { DEMO_LOGINS, seedDemo } from '@ketnoi/api';
import { buildApp } from './app.ts';

const ORIGIN = 'http://localhost:80';
const SECRET = 'a-test-secret-that-is-long-enough-for-cookies';
const cookieOf = (res: LightMyRequestResponse) => String([res.headers['set-cookie']].flat().find((c) => c?.startsWith('ketnoi_sid='))).split(';')[0]!;

/** The value of one sample line, e.g. `ketnoi_dossiers{status="DRAFT"}`; undefined when absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe.each(testDatabases())('GET /metrics on %s', (kind) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let guarded: FastifyInstance;
  const now = () => new Date('2026-11-25T02:00:00.000Z');
  const post = (path: string, body: unknown, cookie = '') =>
    app.inject({ method: 'POST', url: `/trpc/${path}`, payload: JSON.stringify(body), headers: { 'content-type': 'application/json', origin: ORIGIN, cookie } });
  const scrape = async () => {
    const res = await app.inject('/metrics');
    expect(res.statusCode).toBe(200);
    return res.body;
  };

  beforeAll(async () => {
    t = await openTestDatabase(kind);
    await seedDemo(t.db, now);
    app = await buildApp({ db: t.db, now, sessionSecret: SECRET });
    // A web app's pages are answered by its scope's not-found handler (web-apps.ts).
    await app.register(async (scope) => scope.setNotFoundHandler(async () => 'index.html'), { prefix: '/trang' });
    guarded = await buildApp({ db: t.db, now, sessionSecret: SECRET, metricsToken: 'scrape-token-0123456789' });
  });
  afterAll(async () => {
    await app?.close();
    await guarded?.close();
    await t?.close();
  });

  it('counts requests by method, route pattern or tRPC procedure, and status class — never a raw URL', async () => {
    const login = await post('auth.login', { username: 'nghean.canbo', password: DEMO_LOGINS.password });
    expect(login.statusCode).toBe(200);
    await post('auth.login', { username: 'nghean.canbo', password: 'sai-mat-khau-123' });
    await app.inject(`/trpc/reference.provinces?input=${encodeURIComponent('{"q":"040190004101"}')}`);
    await app.inject(`/trpc/auth.me,reference.provinces,auth.me?batch=1&input=${encodeURIComponent('{}')}`);
    await app.inject('/trpc/no.such.procedure');
    await app.inject('/khong-co/040190004101');
    await app.inject('/files/00000000-0000-4000-8000-000000000000');
    await app.inject('/trang/ho-so/040190004101');

    const text = await scrape();
    expect(sample(text, 'ketnoi_http_requests_total{method="POST",route="/trpc/auth.login",status_class="2xx"}')).toBe(1);
    expect(sample(text, 'ketnoi_http_requests_total{method="POST",route="/trpc/auth.login",status_class="4xx"}')).toBe(1);
    expect(sample(text, 'ketnoi_http_requests_total{method="GET",route="/trpc/reference.provinces",status_class="4xx"}')).toBe(1); // signed out
    expect(sample(text, 'ketnoi_http_requests_total{method="GET",route="/trpc/auth.me,reference.provinces",status_class="2xx"}')).toBe(1);
    expect(sample(text, 'ketnoi_http_requests_total{method="GET",route="/trpc/(unknown)",status_class="4xx"}')).toBe(1);
    expect(sample(text, 'ketnoi_http_requests_total{method="GET",route="(no route)",status_class="4xx"}')).toBe(1);
    expect(sample(text, 'ketnoi_http_requests_total{method="GET",route="/files/:id",status_class="4xx"}')).toBe(1);
    expect(sample(text, 'ketnoi_http_request_duration_seconds_count{method="POST",route="/trpc/auth.login",status_class="2xx"}')).toBe(1);
    expect(sample(text, 'ketnoi_http_request_duration_seconds_bucket{le="+Inf",method="POST",route="/trpc/auth.login",status_class="2xx"}')).toBe(1);
    expect(sample(text, 'ketnoi_http_requests_total{method="GET",route="/trang/(page)",status_class="2xx"}')).toBe(1);
    expect(text).not.toContain('040190004101');
    expect(text).not.toContain('no.such');
    expect(text).not.toContain('khong-co');
  });

  it('reads dossiers per status from the database at each scrape', async () => {
    const counts = async () => new Map((await t.db.selectFrom('dossiers').select(['status', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('status').execute()).map((r) => [r.status as string, Number(r.n)]));
    const before = await scrape();
    const db = await counts();
    expect(sample(before, 'ketnoi_dossiers{status="DRAFT"}')).toBe(db.get('DRAFT'));
    expect(sample(before, 'ketnoi_dossiers{status="CONNECTED"}')).toBe(db.get('CONNECTED'));
    expect(sample(before, 'ketnoi_dossiers{status="WITHDRAWN"}')).toBe(db.get('WITHDRAWN') ?? 0);
    expect(sample(before, 'ketnoi_database_up')).toBe(1);

    const cookie = cookieOf(await post('auth.login', { username: 'nghean.canbo', password: DEMO_LOGINS.password }));
    const unitId = (await t.db.selectFrom('users').select('unit_id').where('username', '=', 'nghean.canbo').executeTakeFirstOrThrow()).unit_id;
    const draft = await t.db.selectFrom('dossiers').select(['id', 'revision']).where('owner_unit_id', '=', unitId).where('status', '=', 'DRAFT').executeTakeFirstOrThrow();
    const withdrawn = await post('submitter.dossiers.withdraw', { dossierId: draft.id, expectedRevision: draft.revision, idempotencyKey: 'key-metrics-withdraw-1' }, cookie);
    expect(withdrawn.statusCode).toBe(200);

    const after = await scrape();
    expect(sample(after, 'ketnoi_dossiers{status="DRAFT"}')).toBe(db.get('DRAFT')! - 1);
    expect(sample(after, 'ketnoi_dossiers{status="WITHDRAWN"}')).toBe((db.get('WITHDRAWN') ?? 0) + 1);
  });

  it('includes the process metrics', async () => {
    const text = await scrape();
    expect(text).toMatch(/^process_cpu_user_seconds_total \d/m);
    expect(text).toMatch(/^nodejs_heap_size_used_bytes \d/m);
    expect(text).toContain('# TYPE ketnoi_http_request_duration_seconds histogram');
  });

  it('answers only 127.0.0.1 without a token, and only the bearer of the token with one', async () => {
    const remote = await app.inject({ url: '/metrics', remoteAddress: '10.0.0.5' });
    expect(remote.statusCode).toBe(403);
    expect(remote.body).not.toContain('ketnoi_');
    expect((await app.inject({ url: '/metrics', remoteAddress: '::1' })).statusCode).toBe(200);

    const noToken = await guarded.inject({ url: '/metrics' });
    expect(noToken.statusCode).toBe(401);
    expect(noToken.headers['www-authenticate']).toMatch(/^Bearer/);
    expect((await guarded.inject({ url: '/metrics', headers: { authorization: 'Bearer scrape-token-012345678X' } })).statusCode).toBe(401);
    expect((await guarded.inject({ url: '/metrics', headers: { authorization: 'Bearer short' } })).statusCode).toBe(401);
    const ok = await guarded.inject({ url: '/metrics', remoteAddress: '10.0.0.5', headers: { authorization: 'Bearer scrape-token-0123456789' } });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(ok.body).toContain('ketnoi_dossiers{status="DRAFT"}');
  });
});

describe.each(testDatabases())('GET /ready on %s', (kind) => {
  it('checks the database and every registered check, naming the ones that fail', async () => {
    const t = await openTestDatabase(kind);
    let queueUp = true;
    const app = await buildApp({
      db: t.db,
      now: () => new Date(),
      readinessChecks: [{ name: 'job-queue', check: async () => { if (!queueUp) throw new Error('queue stopped'); } }],
    });
    try {
      expect((await app.inject('/ready')).json()).toEqual({ status: 'ready' });
      queueUp = false;
      const down = await app.inject('/ready');
      expect(down.statusCode).toBe(503);
      expect(down.json()).toEqual({ status: 'unavailable', failed: ['job-queue'] });
      queueUp = true;
      await t.close();
      const noDatabase = await app.inject('/ready');
      expect(noDatabase.statusCode).toBe(503);
      expect(noDatabase.json()).toEqual({ status: 'unavailable', failed: ['database'] });
      const metrics = await app.inject('/metrics');
      expect(metrics.statusCode).toBe(200);
      expect(sample(metrics.body, 'ketnoi_database_up')).toBe(0);
    } finally {
      await app.close();
    }
  });
});
