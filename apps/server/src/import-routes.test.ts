import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { openTestDatabase, testDatabases, type TestDatabase } from '@ketnoi/db/testing';
import { DEMO_LOGINS, seedDemo, settledImports } from '@ketnoi/api';
import { buildApp } from './app.ts';

const ORIGIN = 'http://localhost:80';
const HEADER = 'STT,Họ và tên,Số định danh cá nhân,Ngày sinh,Giới tính,Chức vụ,Đơn vị công tác,Số điện thoại,Email,Tên tài khoản,Dịch vụ';

const cookieOf = (res: LightMyRequestResponse) => String([res.headers['set-cookie']].flat().find((c) => c?.startsWith('ketnoi_sid='))).split(';')[0]!;

describe.each(testDatabases())('the error copy of an import on %s', (kind) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  const now = () => new Date('2026-11-25T02:00:00.000Z');
  const post = (path: string, body: unknown, cookie: string) =>
    app.inject({ method: 'POST', url: `/trpc/${path}`, payload: JSON.stringify(body), headers: { 'content-type': 'application/json', origin: ORIGIN, cookie } });
  const login = async (username: string) => cookieOf(await post('auth.login', { username, password: DEMO_LOGINS.password }, ''));

  beforeAll(async () => {
    t = await openTestDatabase(kind);
    await seedDemo(t.db, now);
    app = await buildApp({ db: t.db, now, sessionSecret: 'a-test-secret-that-is-long-enough-for-cookies' });
  });
  afterAll(async () => {
    await app?.close();
    await t?.close();
  });

  it('is served to the uploading unit only, as an .xlsx attachment, each request audited', async () => {
    const cookie = await login('nghean.canbo');
    const unitId = (await t.db.selectFrom('users').select('unit_id').where('username', '=', 'nghean.canbo').executeTakeFirstOrThrow()).unit_id;
    const draft = await t.db.selectFrom('dossiers').select(['id', 'revision']).where('owner_unit_id', '=', unitId).where('status', '=', 'DRAFT').executeTakeFirstOrThrow();
    const csv = `${HEADER}\r\n1,Nguyễn Văn An,12345,01/01/1990,Nam,Chuyên viên,Văn phòng,0912345678,an@demo.gov.vn,annv,TRA_CUU_THONG_TIN\r\n`;
    const started = await post('submitter.accountImports.start', { dossierId: draft.id, expectedRevision: draft.revision, idempotencyKey: 'key-error-copy-1', fileName: 'ds.csv', contentBase64: Buffer.from(csv).toString('base64') }, cookie);
    expect(started.statusCode).toBe(200);
    const importId = started.json().result.data.importId as string;
    await settledImports();

    const res = await app.inject({ url: `/files/imports/${importId}/errors.xlsx`, headers: { cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(String(res.headers['content-disposition'])).toMatch(/^attachment;/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');

    const other = await login('hanoi.canbo');
    expect((await app.inject({ url: `/files/imports/${importId}/errors.xlsx`, headers: { cookie: other } })).statusCode).toBe(404);
    expect((await app.inject({ url: `/files/imports/${importId}/errors.xlsx` })).statusCode).toBe(404);
    const reviewer = await login('pc06.nghean');
    expect((await app.inject({ url: `/files/imports/${importId}/errors.xlsx`, headers: { cookie: reviewer } })).statusCode).toBe(404);

    const audit = await t.db.selectFrom('audit_log').select('outcome').where('action', '=', 'submitter.accountImports.errorCopy').orderBy('id').execute();
    expect(audit.map((a) => a.outcome)).toEqual(['OK', 'REFUSED', 'REFUSED', 'REFUSED']);
  });
});
