import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { openTestDatabase, testDatabases, type TestDatabase } from '@ketnoi/db/testing';
import { DEMO_LOGINS, seedDemo } from '@ketnoi/api';
import { buildApp } from './app.ts';

const ORIGIN = 'http://localhost:80';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ACTION = 'national.dashboard.export';

describe.each(testDatabases())('national dashboard downloads on %s', (kind) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  const now = () => new Date('2026-11-25T02:00:00.000Z');
  const cookies = new Map<string, string>();

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
  /** The request, and the dashboard export audit rows it wrote. */
  const audited = async (url: string, username?: string) => {
    const before = await t.db.selectFrom('audit_log').select((eb) => eb.fn.max('id').as('id')).executeTakeFirstOrThrow();
    const res = await app.inject({ method: 'GET', url, headers: username ? { cookie: cookies.get(username)! } : {} });
    const rows = await t.db.selectFrom('audit_log').select(['outcome', 'actor_role', 'details']).where('action', '=', ACTION).where('id', '>', Number(before.id ?? 0)).execute();
    return { res, rows };
  };
  const csvLines = (res: LightMyRequestResponse) => {
    expect([...res.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    return res.rawPayload.subarray(3).toString('utf8').split('\r\n').slice(0, -1);
  };

  beforeAll(async () => {
    t = await openTestDatabase(kind);
    await seedDemo(t.db, now);
    // A central body whose name a spreadsheet program would take for a formula.
    await t.db.insertInto('units').values({ kind: 'OWNER', level: 'CENTRAL', province_code: null, name: '=HYPERLINK("http://x.example","Cơ quan thử")' }).execute();
    app = await buildApp({ db: t.db, now, sessionSecret: 'a-test-secret-that-is-long-enough-for-cookies' });
    for (const username of ['c06.thamdinh', 'c06.quantri', 'pc06.nghean', 'nghean.canbo']) cookies.set(username, await login(username));
  });
  afterAll(async () => {
    await app?.close();
    await t?.close();
  });

  it('serves every view of the overview to C06 as .xlsx and .csv attachments, never cached, one audit row each', async () => {
    for (const view of ['overview', 'stages', 'provinces', 'central-bodies', 'trend', 'on-time', 'ageing', 'dossiers']) {
      for (const format of view === 'overview' ? ['xlsx'] : ['xlsx', 'csv']) {
        const { res, rows } = await audited(`/files/dashboard/${view}.${format}`, 'c06.thamdinh');
        expect(res.statusCode, `${view}.${format}`).toBe(200);
        expect(res.headers['content-type']).toBe(format === 'xlsx' ? XLSX : 'text/csv; charset=utf-8');
        expect(res.headers['content-disposition']).toMatch(/^attachment; filename="Bang dieu khien quoc gia - .* - 25-11-2026\.(xlsx|csv)"; filename\*=UTF-8''B%E1%BA%A3ng/);
        expect(res.headers['x-content-type-options']).toBe('nosniff');
        expect(res.headers['cache-control']).toBe('private, no-store');
        if (format === 'xlsx') expect([...res.rawPayload.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
        expect(rows).toEqual([{ outcome: 'OK', actor_role: 'NATIONAL_REVIEWER', details: expect.objectContaining({ view, format }) }]);
      }
    }
  });

  it('writes the figures of the overview: stages, all 34 provinces, the trend of the chosen periods', async () => {
    const stages = csvLines((await audited('/files/dashboard/stages.csv', 'c06.thamdinh')).res);
    expect(stages[0]).toBe('Giai đoạn,Số hồ sơ,Số tài khoản');
    expect(stages).toContain('PC06 đang thẩm định,2,10');
    expect(stages).toContain('Đã kết nối,1,5');
    expect(stages.at(-1)).toBe('Tổng số hồ sơ đã nộp,7,35');
    const provinces = csvLines((await audited('/files/dashboard/provinces.csv', 'c06.thamdinh')).res);
    expect(provinces).toHaveLength(35);
    expect(provinces.find((l) => l.startsWith('40,'))).toBe('40,Tỉnh Nghệ An,3,1,0,1,0,1,0,0,0,0,0,15');
    const { res, rows } = await audited('/files/dashboard/trend.csv?granularity=week&periods=4', 'c06.thamdinh');
    expect(csvLines(res)).toEqual(['Từ ngày,Đến ngày,Nộp mới,Phê duyệt,Ghi nhận kết nối', '02/11/2026,08/11/2026,0,0,0', '09/11/2026,15/11/2026,0,0,0', '16/11/2026,22/11/2026,0,0,0', '23/11/2026,29/11/2026,7,2,1']);
    expect(rows[0]!.details).toMatchObject({ filter: { granularity: 'week', periods: 4 }, rows: 4 });
    const onTime = csvLines((await audited('/files/dashboard/on-time.csv?periods=1', 'c06.thamdinh')).res);
    expect(onTime[1]).toBe('01/11/2026,30/11/2026,3,3,2,2,5,5,100%');
  });

  it('escapes formula-leading names in CSV', async () => {
    const lines = csvLines((await audited('/files/dashboard/central-bodies.csv', 'c06.thamdinh')).res);
    expect(lines).toContain(`"'=HYPERLINK(""http://x.example"",""Cơ quan thử"")",0,0,0,0,0,0,0,0,0,0,0,0`);
    expect(lines.some((l) => l.startsWith('='))).toBe(false);
  });

  it('lists the dossiers behind a figure that C06 may open, and counts the others apart', async () => {
    const atC06 = csvLines((await audited('/files/dashboard/dossiers.csv?stage=NATIONAL_REVIEW', 'c06.thamdinh')).res);
    expect(atC06[0]).toBe('Mã hồ sơ,Hệ thống thông tin,Đơn vị chủ quản,"Tỉnh, thành phố (PC06)",Trạng thái,Hạn giai đoạn,Ngày nộp,Cập nhật');
    expect(atC06.slice(1).map((l) => l.split(',').slice(-4).join(','))).toEqual(['C06 đang thẩm định,02/12/2026,25/11/2026,25/11/2026', 'C06 đang thẩm định,02/12/2026,25/11/2026,25/11/2026']);
    const { res, rows } = await audited('/files/dashboard/dossiers.csv?stage=PROVINCIAL_REVIEW&provinceCode=40', 'c06.thamdinh');
    expect(csvLines(res)).toHaveLength(1);
    expect(rows[0]!.details).toMatchObject({ rows: 0, outsideJurisdiction: 1, filter: { stage: 'PROVINCIAL_REVIEW', provinceCode: '40' } });
    const overdue = await audited('/files/dashboard/dossiers.xlsx?overdue=1&granularity=month&periodStart=2026-11-01&periodEvent=SUBMITTED', 'c06.thamdinh');
    expect(overdue.res.statusCode).toBe(200);
  });

  it('answers the same 404 to anyone else and to unknown views or filters, auditing each refusal', async () => {
    const refusals: [string, string | undefined][] = [
      ['/files/dashboard/stages.xlsx', undefined],
      ['/files/dashboard/stages.xlsx', 'pc06.nghean'],
      ['/files/dashboard/dossiers.csv?stage=PROVINCIAL_REVIEW', 'pc06.nghean'],
      ['/files/dashboard/provinces.csv', 'nghean.canbo'],
      ['/files/dashboard/provinces.csv', 'c06.quantri'],
      ['/files/dashboard/overview.csv', 'c06.thamdinh'],
      ['/files/dashboard/provinces.csv?provinceCode=4', 'c06.thamdinh'],
      ['/files/dashboard/provinces.csv?provinceCode=40&provinceCode=01', 'c06.thamdinh'],
      ['/files/dashboard/provinces.csv?secret=1', 'c06.thamdinh'],
      ['/files/dashboard/dossiers.csv?stage=DRAFT', 'c06.thamdinh'],
      ['/files/dashboard/dossiers.csv?ageBucket=99', 'c06.thamdinh'],
    ];
    for (const [url, username] of refusals) {
      const { res, rows } = await audited(url, username);
      expect(res.statusCode, `${url} as ${username}`).toBe(404);
      expect(res.json()).toEqual({ code: 'NOT_FOUND', message: 'Không tìm thấy số liệu cần tải, hoặc bạn không có quyền tải.' });
      expect(rows, `${url} as ${username}`).toHaveLength(1);
      expect(rows[0]!.outcome).toBe('REFUSED');
    }
    const unknown = await app.inject({ method: 'GET', url: '/files/dashboard/secrets.csv', headers: { cookie: cookies.get('c06.thamdinh')! } });
    expect(unknown.statusCode).toBe(404);
  });
});
