import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { openTestDatabase, testDatabases, type TestDatabase } from '@ketnoi/db/testing';
import { DEMO_LOGINS, seedDemo } from '@ketnoi/api';
import { buildApp, MAX_BATCH_SIZE } from './app.ts';

const ORIGIN = 'http://localhost:80';
const PASSWORD = DEMO_LOGINS.password;

function cookieOf(res: LightMyRequestResponse): string {
  const header = res.headers['set-cookie'];
  const first = (Array.isArray(header) ? header : [header]).find((c) => c?.startsWith('ketnoi_sid='));
  if (!first) throw new Error('no session cookie');
  return first.split(';')[0]!;
}

describe.each(testDatabases())('HTTP host on %s', (kind) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  let clock = new Date('2026-11-25T02:00:00.000Z');
  const now = () => clock;

  const mutation = (path: string, body: unknown, cookie?: string, headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url: `/trpc/${path}`, payload: JSON.stringify(body), headers: { 'content-type': 'application/json', origin: ORIGIN, ...(cookie ? { cookie } : {}), ...headers } });
  const query = (path: string, input: unknown, cookie?: string) =>
    app.inject({ method: 'GET', url: `/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`, headers: cookie ? { cookie } : {} });
  const login = async (username: string, password: string = PASSWORD) => mutation('auth.login', { username, password });

  beforeAll(async () => {
    t = await openTestDatabase(kind);
    await seedDemo(t.db, now);
    app = await buildApp({ db: t.db, now, sessionSecret: 'a-test-secret-that-is-long-enough-for-cookies' });
  });
  afterAll(async () => {
    await app?.close();
    await t?.close();
  });

  it('answers health and readiness', async () => {
    expect((await app.inject('/health')).json()).toEqual({ status: 'ok' });
    expect((await app.inject('/ready')).json()).toEqual({ status: 'ready' });
  });

  it('sends security headers: CSP without inline scripts, no framing, nosniff (N3)', async () => {
    const res = await app.inject('/health');
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('logs in with an HttpOnly, SameSite=Strict session cookie and a new session id each time (N1)', async () => {
    const first = await login('nghean.canbo');
    expect(first.statusCode).toBe(200);
    const setCookie = String(first.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    expect(setCookie).not.toMatch(/Secure/i);
    const second = await login('nghean.canbo');
    expect(cookieOf(second)).not.toBe(cookieOf(first));
    const me = await query('auth.me', undefined, cookieOf(second));
    expect(me.json().result.data.username).toBe('nghean.canbo');
  });

  it('answers the same for an unknown user and a wrong password, and throttles repeated failures (N1)', async () => {
    const unknown = await login('khong.ton.tai', 'sai-mat-khau-123');
    const wrong = await login('hanoi.canbo', 'sai-mat-khau-123');
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json().error.message).toBe(wrong.json().error.message);
    expect(unknown.json().error.data.appCode).toBe('INVALID_CREDENTIALS');
    for (let i = 0; i < 4; i++) await login('hanoi.canbo', 'sai-mat-khau-123');
    const throttled = await login('hanoi.canbo');
    expect(throttled.statusCode).toBe(429);
    expect(throttled.json().error.data.appCode).toBe('TOO_MANY_ATTEMPTS');
    // The window slides: after 15 minutes the right password works again.
    const start = clock;
    clock = new Date(start.getTime() + 16 * 60_000);
    try {
      expect((await login('hanoi.canbo')).statusCode).toBe(200);
    } finally {
      clock = start;
    }
  });

  it('refuses cross-origin and non-JSON mutations, and changes nothing with GET (N2)', async () => {
    const body = JSON.stringify({ username: 'boyte.canbo', password: PASSWORD });
    const noOrigin = await app.inject({ method: 'POST', url: '/trpc/auth.login', payload: body, headers: { 'content-type': 'application/json' } });
    const otherOrigin = await app.inject({ method: 'POST', url: '/trpc/auth.login', payload: body, headers: { 'content-type': 'application/json', origin: 'https://evil.example' } });
    const textPlain = await app.inject({ method: 'POST', url: '/trpc/auth.login', payload: body, headers: { 'content-type': 'text/plain', origin: ORIGIN } });
    const form = await app.inject({ method: 'POST', url: '/trpc/auth.login', payload: 'username=boyte.canbo', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN } });
    expect([noOrigin.statusCode, otherOrigin.statusCode, textPlain.statusCode, form.statusCode]).toEqual([403, 403, 415, 415]);
    for (const r of [noOrigin, otherOrigin, textPlain, form]) expect(r.headers['set-cookie']).toBeUndefined();
    const viaGet = await app.inject({ method: 'GET', url: `/trpc/auth.login?input=${encodeURIComponent(body)}` });
    expect(viaGet.statusCode).toBe(405);
    expect(viaGet.headers['set-cookie']).toBeUndefined();
  });

  it('compresses answers for clients that accept it (brotli first, else gzip), and only then', async () => {
    const cookie = cookieOf(await login('nghean.canbo'));
    const get = (encoding?: string) =>
      app.inject({ method: 'GET', url: '/trpc/reference.provinces', headers: { cookie, ...(encoding ? { 'accept-encoding': encoding } : {}) } });
    const plain = await get();
    expect(plain.headers['content-encoding']).toBeUndefined();
    const provinces = plain.json().result.data as unknown[];
    expect(provinces).toHaveLength(34);
    const br = await get('gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
    expect(JSON.parse(brotliDecompressSync(br.rawPayload).toString('utf8'))).toEqual(plain.json());
    const gz = await get('gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gz.rawPayload).toString('utf8'))).toEqual(plain.json());
  });

  it(`caps a batch at ${MAX_BATCH_SIZE} calls`, async () => {
    const cookie = cookieOf(await login('c06.thamdinh'));
    const paths = Array(MAX_BATCH_SIZE + 1).fill('auth.me').join(',');
    const res = await app.inject({ method: 'GET', url: `/trpc/${paths}?batch=1&input=${encodeURIComponent('{}')}`, headers: { cookie } });
    expect(res.statusCode).toBe(400);
    const ok = await app.inject({ method: 'GET', url: `/trpc/${Array(MAX_BATCH_SIZE).fill('auth.me').join(',')}?batch=1&input=${encodeURIComponent('{}')}`, headers: { cookie } });
    expect(ok.statusCode).toBe(200);
  });

  it('ends the session of a disabled user at their next request (A3)', async () => {
    const userCookie = cookieOf(await login('pc06.nghean'));
    expect((await query('provincial.queue', {}, userCookie)).statusCode).toBe(200);
    const adminCookie = cookieOf(await login('c06.quantri'));
    const users = (await query('admin.users.list', {}, adminCookie)).json().result.data as { id: string; username: string }[];
    const target = users.find((u) => u.username === 'pc06.nghean')!;
    const disabled = await mutation('admin.users.disable', { idempotencyKey: 'disable-pc06-nghean', userId: target.id }, adminCookie);
    expect(disabled.statusCode).toBe(200);
    const after = await query('provincial.queue', {}, userCookie);
    expect(after.statusCode).toBe(401);
    expect(after.json().error.data.appCode).toBe('UNAUTHENTICATED');
    expect((await login('pc06.nghean')).statusCode).toBe(401);
  });

  it('ends an idle session after 30 minutes (N1)', async () => {
    const cookie = cookieOf(await login('boyte.canbo'));
    expect((await query('submitter.systems.list', undefined, cookie)).statusCode).toBe(200);
    clock = new Date(clock.getTime() + 31 * 60_000);
    try {
      expect((await query('submitter.systems.list', undefined, cookie)).statusCode).toBe(401);
    } finally {
      clock = new Date('2026-11-25T02:00:00.000Z');
    }
  });

  it('serves documents only as attachments with nosniff, and only within jurisdiction (F1)', async () => {
    const doc = await t.db
      .selectFrom('documents')
      .innerJoin('units', 'units.id', 'documents.owner_unit_id')
      .select(['documents.id', 'documents.sha256'])
      .where('units.name', '=', 'Văn phòng Ủy ban nhân dân Thành phố Hà Nội')
      .executeTakeFirstOrThrow();
    const owner = cookieOf(await login('hanoi.canbo'));
    const res = await app.inject({ url: `/files/${doc.id}`, headers: { cookie: owner } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/^attachment;/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const { createHash } = await import('node:crypto');
    expect(createHash('sha256').update(res.rawPayload).digest('hex')).toBe(doc.sha256);
    const outsider = cookieOf(await login('boyte.canbo'));
    expect((await app.inject({ url: `/files/${doc.id}`, headers: { cookie: outsider } })).statusCode).toBe(404);
    expect((await app.inject({ url: `/files/${doc.id}` })).statusCode).toBe(404);
    const reviewer = cookieOf(await login('pc06.hanoi'));
    expect((await app.inject({ url: `/files/${doc.id}`, headers: { cookie: reviewer } })).statusCode).toBe(200);
  });

  it('refuses uploads that are not clean PDFs, whatever their name (F1)', async () => {
    const cookie = cookieOf(await login('nghean.canbo'));
    const upload = (content: Buffer, fileName: string) =>
      mutation('submitter.documents.upload', { idempotencyKey: `up-${Math.random()}`, kind: 'ORG_COMMITMENT', fileName, contentBase64: content.toString('base64') }, cookie);
    const cases: [string, Buffer][] = [
      ['renamed executable', Buffer.from('MZ\x90\x00\x03\x00\x00\x00 this program cannot be run in DOS mode')],
      ['HTML as .pdf', Buffer.from('<html><script>alert(1)</script></html>')],
      ['polyglot', Buffer.from('%PDF-1.4\n<html><script>alert(1)</script>\n%%EOF\n')],
      ['encrypted', Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << /Root 1 0 R /Encrypt 5 0 R >>\n%%EOF\n')],
      ['truncated', Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\n')],
      ['oversize', Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(10 * 1024 * 1024 + 1, 0x20), Buffer.from('\n%%EOF\n')])],
    ];
    for (const [name, content] of cases) {
      const res = await upload(content, `${name}.pdf`);
      expect(res.statusCode, name).toBe(400);
      expect(res.json().error.data.appCode, name).toBe('FILE_REFUSED');
    }
    const empty = await upload(Buffer.alloc(0), 'rong.pdf');
    expect(empty.statusCode).toBe(400);
  });

  it('logs requests without their query strings, so inputs never reach the logs', async () => {
    const lines: string[] = [];
    const { Writable } = await import('node:stream');
    const stream = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
    const logged = await buildApp({ db: t.db, now, sessionSecret: 'a-test-secret-that-is-long-enough-for-cookies', logger: true, logStream: stream });
    try {
      await logged.inject({ url: `/trpc/dossier.get?input=${encodeURIComponent(JSON.stringify({ dossierId: '040195004321' }))}` });
      const text = lines.join('');
      expect(text).toContain('/trpc/dossier.get');
      expect(text).not.toContain('040195004321');
      expect(text).not.toContain('input=');
    } finally {
      await logged.close();
    }
  });
});
