import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { openTestDatabase, testDatabases, type TestDatabase } from '@ketnoi/db/testing';
import { DEMO_LOGINS, seedDemo, settledImports } from '@ketnoi/api';
import { buildApp } from './app.ts';

const ORIGIN = 'http://localhost:80';
const HEADER = 'STT,Họ và tên,Số định danh cá nhân,Ngày sinh,Giới tính,Chức vụ,Đơn vị công tác,Số điện thoại,Email,Tên tài khoản,Dịch vụ';
// Valid for the Nghệ An draft (birth prefix 040, a registered service), so the rows reach the table.
const PEOPLE = [
  { fullName: 'Nguyễn Thị Mai', personalId: '040190004101', dateOfBirth: '12/03/1990', sex: 'Nữ', phone: '0912000101', email: 'mai.nt@syt.nghean.gov.vn', username: 'maint' },
  { fullName: 'Phạm Văn Đức', personalId: '040085004102', dateOfBirth: '01/07/1985', sex: 'Nam', phone: '+84912000102', email: 'duc.pv@syt.nghean.gov.vn', username: 'ducpv' },
  { fullName: 'Hồ Thị Ngọc Ánh', personalId: '040195004103', dateOfBirth: '25/12/1995', sex: 'Nữ', phone: '0388 000 103', email: 'anh.htn@syt.nghean.gov.vn', username: 'anhhtn' },
];
/** What may never be found in a log line, in any form the tests sent it. */
const SECRETS = [DEMO_LOGINS.password, ...PEOPLE.flatMap((p) => [p.personalId, p.phone, p.phone.replace(/\D/g, ''), p.email])];

/** A pino destination in memory: every line the app logs, as written. */
function memoryLog() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  return { stream, lines, text: () => lines.join('\n'), records: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>) };
}

const cookieOf = (res: LightMyRequestResponse) => String([res.headers['set-cookie']].flat().find((c) => c?.startsWith('ketnoi_sid='))).split(';')[0]!;

describe.each(testDatabases())('request logs on %s', (kind) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  const log = memoryLog();
  const now = () => new Date('2026-11-25T02:00:00.000Z');
  const post = (path: string, body: unknown, cookie = '', headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url: `/trpc/${path}`, payload: JSON.stringify(body), headers: { 'content-type': 'application/json', origin: ORIGIN, cookie, ...headers } });

  beforeAll(async () => {
    t = await openTestDatabase(kind);
    await seedDemo(t.db, now);
    app = await buildApp({ db: t.db, now, sessionSecret: 'a-test-secret-that-is-long-enough-for-cookies', logger: true, logStream: log.stream });
    // A careless handler, as one may be written some day: it logs the headers and the body it got.
    app.post('/test/careless', async (req) => {
      req.log.info({ headers: req.headers, body: req.body }, 'careless handler');
      req.log.warn(`row for ${PEOPLE[0]!.personalId}, phone ${PEOPLE[0]!.phone}, mail ${PEOPLE[0]!.email} looked odd`);
      return { ok: true };
    });
  });
  afterAll(async () => {
    await app?.close();
    await t?.close();
  });

  const requestLines = () => log.records().filter((r) => r.msg === 'request completed');

  it('writes one JSON line per request, with id, method, path without query, route, status, duration and the signed-in user', async () => {
    const login = await post('auth.login', { username: 'nghean.canbo', password: DEMO_LOGINS.password });
    expect(login.statusCode).toBe(200);
    const cookie = cookieOf(login);
    const me = await app.inject({ url: `/trpc/auth.me?input=${encodeURIComponent(JSON.stringify({ q: PEOPLE[0]!.personalId }))}`, headers: { cookie } });
    expect(me.statusCode).toBe(200);

    const loginLine = requestLines().find((r) => r.reqId === login.headers['x-request-id']);
    expect(loginLine).toMatchObject({ level: 30, method: 'POST', url: '/trpc/auth.login', route: '/trpc/auth.login', status: 200, role: 'SUBMITTER' });
    expect(typeof loginLine?.durationMs).toBe('number');
    const userId = (await t.db.selectFrom('users').select('id').where('username', '=', 'nghean.canbo').executeTakeFirstOrThrow()).id;
    expect(loginLine?.userId).toBe(userId);

    const meLine = requestLines().find((r) => r.reqId === me.headers['x-request-id']);
    expect(meLine).toMatchObject({ method: 'GET', url: '/trpc/auth.me', route: '/trpc/auth.me', status: 200, userId, role: 'SUBMITTER' });
    // No "incoming request" line, no query string anywhere.
    expect(log.records().some((r) => r.msg === 'incoming request')).toBe(false);
    expect(log.text()).not.toContain('input=');

    const anonymous = await app.inject({ url: '/trpc/auth.me' });
    const anonymousLine = requestLines().find((r) => r.reqId === anonymous.headers['x-request-id']);
    expect(anonymousLine).toMatchObject({ url: '/trpc/auth.me', status: 200 });
    expect(anonymousLine).not.toHaveProperty('userId');
  });

  it('takes a well-formed x-request-id from the caller and echoes it; replaces one that is not', async () => {
    const mine = await app.inject({ url: '/trpc/auth.me', headers: { 'x-request-id': 'lb-7f3a9c2e-0001' } });
    expect(mine.headers['x-request-id']).toBe('lb-7f3a9c2e-0001');
    expect(requestLines().some((r) => r.reqId === 'lb-7f3a9c2e-0001')).toBe(true);

    for (const bad of [PEOPLE[0]!.personalId, `req-${PEOPLE[0]!.personalId}`, 'a b c d e f g h', 'x'.repeat(65), 'short']) {
      const res = await app.inject({ url: '/trpc/auth.me', headers: { 'x-request-id': bad } });
      expect(res.headers['x-request-id']).not.toBe(bad);
      expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('keeps the password, ID numbers, phones, emails and cookies of a login, an import, a failing procedure and a careless handler out of the log', async () => {
    const login = await post('auth.login', { username: 'nghean.canbo', password: DEMO_LOGINS.password });
    const cookie = cookieOf(login);
    await post('auth.login', { username: 'nghean.canbo', password: `${DEMO_LOGINS.password}-wrong` });
    const unitId = (await t.db.selectFrom('users').select('unit_id').where('username', '=', 'nghean.canbo').executeTakeFirstOrThrow()).unit_id;
    const draft = await t.db.selectFrom('dossiers').select(['id', 'revision']).where('owner_unit_id', '=', unitId).where('status', '=', 'DRAFT').executeTakeFirstOrThrow();

    // An account list with ID numbers, phones and emails, through the web import.
    const csv = [HEADER, ...PEOPLE.map((p, i) => [i + 1, p.fullName, p.personalId, p.dateOfBirth, p.sex, 'Chuyên viên', 'Phòng Nghiệp vụ Y', p.phone, p.email, p.username, 'TRA_CUU_THONG_TIN'].join(','))].join('\r\n');
    const started = await post('submitter.accountImports.start', { dossierId: draft.id, expectedRevision: draft.revision, idempotencyKey: 'key-logging-import-1', fileName: 'ds.csv', contentBase64: Buffer.from(csv).toString('base64') }, cookie);
    expect(started.statusCode).toBe(200);
    await settledImports();

    // A procedure that fails inside the database with the row's values in the error message,
    // as a constraint's detail would quote them.
    await sql`CREATE FUNCTION logging_test_refuse_rows() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'refused row %, phone %, email %', NEW.personal_id, NEW.phone, NEW.email; END $$`.execute(t.db);
    await sql`CREATE TRIGGER refuse_rows BEFORE INSERT ON account_rows FOR EACH ROW EXECUTE FUNCTION logging_test_refuse_rows()`.execute(t.db);
    try {
      const current = await t.db.selectFrom('dossiers').select('revision').where('id', '=', draft.id).executeTakeFirstOrThrow();
      const rows = PEOPLE.map((p, i) => ({
        rowNumber: i + 2,
        cells: { index: String(i + 1), fullName: p.fullName, personalId: p.personalId, dateOfBirth: p.dateOfBirth, sex: p.sex, position: 'Chuyên viên', workUnit: 'Phòng Nghiệp vụ Y', phone: p.phone, email: p.email, username: p.username, services: 'TRA_CUU_THONG_TIN' },
      }));
      const failed = await post('submitter.dossiers.replaceAccounts', { dossierId: draft.id, expectedRevision: current.revision, idempotencyKey: 'key-logging-replace-1', rows }, cookie, { 'idempotency-key': 'key-logging-replace-1' });
      expect(failed.statusCode).toBe(500);
    } finally {
      await sql`DROP TRIGGER refuse_rows ON account_rows`.execute(t.db);
      await sql`DROP FUNCTION logging_test_refuse_rows()`.execute(t.db);
    }
    const failure = log.records().find((r) => r.msg === 'procedure failed');
    expect(failure).toBeDefined();
    // The error is logged — with the values masked, not dropped.
    expect(JSON.stringify(failure)).toContain('refused row [id-number], phone [phone], email [email]');

    const careless = await app.inject({ method: 'POST', url: '/test/careless', payload: { password: DEMO_LOGINS.password, person: { personalId: PEOPLE[1]!.personalId, phone: PEOPLE[1]!.phone, email: PEOPLE[1]!.email } }, headers: { origin: ORIGIN, cookie, authorization: 'Bearer secret-token-123' } });
    expect(careless.statusCode).toBe(200);
    const carelessLine = log.records().find((r) => r.msg === 'careless handler') as { headers: Record<string, unknown>; body: Record<string, unknown> };
    expect(carelessLine.headers.cookie).toBe('[redacted]');
    expect(carelessLine.headers.authorization).toBe('[redacted]');
    expect(carelessLine.body.password).toBe('[redacted]');
    expect(carelessLine.body.person).toEqual({ personalId: '[redacted]', phone: '[redacted]', email: '[redacted]' });

    const text = log.text();
    for (const secret of [...SECRETS, cookie.split('=')[1]!, 'secret-token-123', 'key-logging-replace-1']) expect(text, secret).not.toContain(secret);
    // Not vacuous: these requests were all logged.
    for (const url of ['/trpc/auth.login', '/trpc/submitter.accountImports.start', '/trpc/submitter.dossiers.replaceAccounts', '/test/careless']) {
      expect(requestLines().some((r) => r.url === url), url).toBe(true);
    }
    expect(requestLines().find((r) => r.url === '/trpc/submitter.dossiers.replaceAccounts' && r.status === 500)).toBeDefined();
  });

  it('logs probes (/health, /ready, /metrics) at debug level only, and never quotes a 404 URL', async () => {
    const before = log.lines.length;
    await app.inject('/health');
    await app.inject('/ready');
    await app.inject(`/khong-co/${PEOPLE[2]!.personalId}?q=${encodeURIComponent(PEOPLE[2]!.email)}`);
    const added = log.records().slice(before);
    expect(added.filter((r) => r.url === '/health' || r.url === '/ready')).toEqual([]);
    const notFound = added.find((r) => r.status === 404);
    expect(notFound).toMatchObject({ route: '(no route)', url: '/khong-co/[id-number]' });
    expect(log.text()).not.toContain(PEOPLE[2]!.email);
  });
});
