import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { openTestDatabase, testDatabases, type TestDatabase } from '@ketnoi/db/testing';
import { DEMO_LOGINS, seedDemo } from '@ketnoi/api';
import { buildApp } from './app.ts';
import { contentDisposition } from './attachment.ts';

const ORIGIN = 'http://localhost:80';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const AT_PC06 = 'Hệ thống quản lý hành nghề y dược Nghệ An';

describe.each(testDatabases())('spreadsheet downloads on %s', (kind) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  const now = () => new Date('2026-11-25T02:00:00.000Z');
  const cookies = new Map<string, string>();
  let dossierId = '';

  const login = async (username: string) => {
    const res = await app.inject({
      method: 'POST',
      url: '/trpc/auth.login',
      payload: JSON.stringify({ username, password: DEMO_LOGINS.password }),
      headers: { 'content-type': 'application/json', origin: ORIGIN },
    });
    const header = res.headers['set-cookie'];
    const cookie = (Array.isArray(header) ? header : [header]).find((c) => c?.startsWith('ketnoi_sid='));
    if (!cookie) throw new Error(`no session for ${username}`);
    return cookie.split(';')[0]!;
  };
  const get = (url: string, username?: string) => app.inject({ method: 'GET', url, headers: username ? { cookie: cookies.get(username)! } : {} });
  const exportCount = async () =>
    Number((await t.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<string>().as('n')).where('action', '=', 'dossier.accounts.export').executeTakeFirstOrThrow()).n);
  /** The request, and the export audit rows it wrote. */
  const audited = async (url: string, username?: string) => {
    const before = await t.db.selectFrom('audit_log').select((eb) => eb.fn.max('id').as('id')).executeTakeFirstOrThrow();
    const countBefore = await exportCount();
    const res = await get(url, username);
    const rows = await t.db
      .selectFrom('audit_log')
      .select(['outcome', 'target_id', 'details'])
      .where('action', '=', 'dossier.accounts.export')
      .where('id', '>', Number(before.id ?? 0))
      .execute();
    expect(await exportCount()).toBe(countBefore + rows.length);
    return { res, rows };
  };
  const csvText = (res: LightMyRequestResponse) => res.rawPayload.subarray(3).toString('utf8');

  beforeAll(async () => {
    t = await openTestDatabase(kind);
    await seedDemo(t.db, now);
    app = await buildApp({ db: t.db, now, sessionSecret: 'a-test-secret-that-is-long-enough-for-cookies' });
    for (const username of ['nghean.canbo', 'hanoi.canbo', 'pc06.nghean', 'pc06.hanoi', 'c06.quantri']) cookies.set(username, await login(username));
    dossierId = (
      await t.db.selectFrom('dossiers').innerJoin('systems', 'systems.id', 'dossiers.system_id').select('dossiers.id').where('systems.name', '=', AT_PC06).executeTakeFirstOrThrow()
    ).id;
  });
  afterAll(async () => {
    await app?.close();
    await t?.close();
  });

  it('serves the template to any signed-in user as an .xlsx attachment, never cached', async () => {
    for (const username of ['nghean.canbo', 'pc06.hanoi', 'c06.quantri']) {
      const res = await get('/files/account-template.xlsx', username);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe(XLSX);
      expect(res.headers['content-disposition']).toBe(`attachment; filename="Mau danh sach tai khoan.xlsx"; filename*=UTF-8''M%E1%BA%ABu%20danh%20s%C3%A1ch%20t%C3%A0i%20kho%E1%BA%A3n.xlsx`);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['cache-control']).toBe('private, no-store');
      expect([...res.rawPayload.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    }
  });

  it('answers 404 JSON for the template without a session', async () => {
    const res = await get('/files/account-template.xlsx');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ code: 'NOT_FOUND', message: expect.stringContaining('chưa đăng nhập') });
  });

  it('gives the owner unit full ID numbers and phones, as CSV and .xlsx, with one OK audit row per request', async () => {
    const csv = await audited(`/files/dossiers/${dossierId}/accounts.csv`, 'nghean.canbo');
    expect(csv.res.statusCode).toBe(200);
    expect(csv.res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.res.headers['content-disposition']).toMatch(/^attachment; filename="Danh sach tai khoan KN-\d{4}-\d+ phien ban 1\.csv"; filename\*=UTF-8''Danh%20s%C3%A1ch/);
    expect(csv.res.headers['cache-control']).toBe('private, no-store');
    expect(csv.res.headers['x-content-type-options']).toBe('nosniff');
    expect([...csv.res.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csvText(csv.res).split('\r\n');
    expect(lines[0]).toBe('STT,Họ và tên,Số định danh cá nhân,Ngày sinh,Giới tính,Chức vụ,Đơn vị công tác,Số điện thoại,Email,Tên tài khoản,Dịch vụ');
    expect(lines[1]).toMatch(/^1,Lương Thị Hạnh,040195004321,14\/02\/1995,Nữ,Chuyên viên,Bộ phận Một cửa,"'\+84356123456",hanhlt@demo\.gov\.vn,hanhlt,TRA_CUU_THONG_TIN$/);
    expect(csv.rows).toEqual([{ outcome: 'OK', target_id: dossierId, details: { version: 1, format: 'csv', rows: 5 } }]);

    const xlsx = await audited(`/files/dossiers/${dossierId}/accounts.xlsx?version=1`, 'nghean.canbo');
    expect(xlsx.res.statusCode).toBe(200);
    expect(xlsx.res.headers['content-type']).toBe(XLSX);
    expect([...xlsx.res.rawPayload.subarray(0, 2)]).toEqual([0x50, 0x4b]);
    expect(xlsx.rows).toEqual([{ outcome: 'OK', target_id: dossierId, details: { version: 1, format: 'xlsx', rows: 5 } }]);
  });

  it('gives PC06 of the province the list with ID numbers and phones masked', async () => {
    const { res, rows } = await audited(`/files/dossiers/${dossierId}/accounts.csv`, 'pc06.nghean');
    expect(res.statusCode).toBe(200);
    const text = csvText(res);
    expect(text).toContain('Lương Thị Hạnh,040******321,');
    expect(text).not.toContain('040195004321');
    expect(text).not.toContain('356123456');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.outcome).toBe('OK');
  });

  it('answers 404 to another unit, another province and the administrator, with one REFUSED audit row each', async () => {
    for (const username of ['hanoi.canbo', 'pc06.hanoi', 'c06.quantri']) {
      for (const format of ['xlsx', 'csv']) {
        const { res, rows } = await audited(`/files/dossiers/${dossierId}/accounts.${format}`, username);
        expect(res.statusCode, username).toBe(404);
        expect(res.headers['content-type']).toMatch(/^application\/json/);
        expect(res.json()).toEqual({ code: 'NOT_FOUND', message: expect.stringContaining('Không tìm thấy danh sách tài khoản') });
        expect(rows, username).toEqual([{ outcome: 'REFUSED', target_id: dossierId, details: { version: null, format, rows: 0 } }]);
      }
    }
  });

  it('answers 404 without a session, for a version beyond reach and a malformed version, audited once each', async () => {
    for (const [url, username] of [
      [`/files/dossiers/${dossierId}/accounts.csv`, undefined],
      [`/files/dossiers/${dossierId}/accounts.csv?version=2`, 'pc06.nghean'],
      [`/files/dossiers/${dossierId}/accounts.csv?version=abc`, 'nghean.canbo'],
      [`/files/dossiers/${dossierId}/accounts.csv?version=1&version=2`, 'nghean.canbo'],
      ['/files/dossiers/not-a-dossier/accounts.xlsx', 'nghean.canbo'],
    ] as const) {
      const { res, rows } = await audited(url, username);
      expect(res.statusCode, url).toBe(404);
      expect(rows.map((r) => r.outcome), url).toEqual(['REFUSED']);
    }
  });
});

describe('contentDisposition', () => {
  it('gives an ASCII fallback and the exact UTF-8 name, with RFC 8187 escapes', () => {
    expect(contentDisposition('Đơn "vị" (1)*.csv')).toBe(`attachment; filename="Don _vi_ (1)_.csv"; filename*=UTF-8''%C4%90%C6%A1n%20%22v%E1%BB%8B%22%20%281%29%2A.csv`);
  });
});
