import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { openTestDatabase, testDatabases, type TestDatabase } from '@ketnoi/db/testing';
import { DEMO_LOGINS, seedDemo } from '@ketnoi/api';
import { buildApp } from './app.ts';

const ORIGIN = 'http://localhost:80';
const DRAFT = 'Cổng dịch vụ công ngành Y tế Nghệ An';
const AT_PC06 = 'Hệ thống quản lý hành nghề y dược Nghệ An';
const RETURNED = 'Phần mềm một cửa điện tử Sở Y tế Nghệ An';

const cookieOf = (res: LightMyRequestResponse) => String([res.headers['set-cookie']].flat().find((c) => c?.startsWith('ketnoi_sid='))).split(';')[0]!;

describe.each(testDatabases())('printout downloads on %s', (kind) => {
  let t: TestDatabase;
  let app: FastifyInstance;
  const cookies: Record<string, string> = {};
  const now = () => new Date('2026-11-25T02:00:00.000Z');

  const login = async (username: string) => {
    const res = await app.inject({ method: 'POST', url: '/trpc/auth.login', payload: JSON.stringify({ username, password: DEMO_LOGINS.password }), headers: { 'content-type': 'application/json', origin: ORIGIN } });
    expect(res.statusCode).toBe(200);
    return cookieOf(res);
  };
  const dossier = (systemName: string) =>
    t.db.selectFrom('dossiers').innerJoin('systems', 'systems.id', 'dossiers.system_id').select(['dossiers.id', 'dossiers.code']).where('systems.name', '=', systemName).executeTakeFirstOrThrow();
  const download = (who: string | null, dossierId: string, file: string) =>
    app.inject({ url: `/files/dossiers/${dossierId}/${file}`, headers: who ? { cookie: cookies[who]! } : {} });

  beforeAll(async () => {
    t = await openTestDatabase(kind);
    await seedDemo(t.db, now);
    app = await buildApp({ db: t.db, now, sessionSecret: 'a-test-secret-that-is-long-enough-for-cookies' });
    for (const who of ['nghean.canbo', 'hanoi.canbo', 'pc06.nghean', 'pc06.hanoi']) cookies[who] = await login(who);
  });
  afterAll(async () => {
    await app?.close();
    await t?.close();
  });

  it('gives a submitter its own commitment and receipt as PDF attachments, never cached nor sniffed', async () => {
    const draft = await dossier(DRAFT);
    const atPc06 = await dossier(AT_PC06);
    for (const [d, file, name] of [
      [draft, 'commitment.pdf', `cam-ket-${draft.code}.pdf`],
      [atPc06, 'commitment.pdf', `cam-ket-${atPc06.code}.pdf`],
      [atPc06, 'receipt.pdf', `phieu-tiep-nhan-${atPc06.code}.pdf`],
    ] as const) {
      const res = await download('nghean.canbo', d.id, file);
      expect(res.statusCode, file).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['content-disposition']).toBe(`attachment; filename="${name}"; filename*=UTF-8''${name}`);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['cache-control']).toBe('private, no-store');
      expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(res.rawPayload.length).toBeLessThan(500 * 1024);
    }
  });

  it('gives the unit and its PC06 the request for supplements of a returned dossier', async () => {
    const returned = await dossier(RETURNED);
    for (const who of ['nghean.canbo', 'pc06.nghean']) {
      const res = await download(who, returned.id, 'supplement-request.pdf');
      expect(res.statusCode, who).toBe(200);
      expect(res.headers['content-disposition']).toContain(`yeu-cau-bo-sung-${returned.code}.pdf`);
    }
  });

  it('answers 404 in Vietnamese, with no detail, to another unit, another province\'s PC06, no session, and before there is anything to print', async () => {
    const draft = await dossier(DRAFT);
    const atPc06 = await dossier(AT_PC06);
    const cases = [
      ['hanoi.canbo', atPc06.id, 'commitment.pdf'],
      ['hanoi.canbo', atPc06.id, 'receipt.pdf'],
      ['pc06.hanoi', atPc06.id, 'receipt.pdf'],
      ['pc06.hanoi', atPc06.id, 'commitment.pdf'],
      // The commitment is the unit's to sign: its PC06 does not print it.
      ['pc06.nghean', atPc06.id, 'commitment.pdf'],
      [null, atPc06.id, 'commitment.pdf'],
      [null, atPc06.id, 'receipt.pdf'],
      // No receipt before submission, no request before a return, nothing for an id that is not one.
      ['nghean.canbo', draft.id, 'receipt.pdf'],
      ['nghean.canbo', atPc06.id, 'supplement-request.pdf'],
      ['nghean.canbo', 'khong-phai-ma', 'receipt.pdf'],
    ] as const;
    for (const [who, id, file] of cases) {
      const res = await download(who, id, file);
      expect(res.statusCode, `${who} ${file}`).toBe(404);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      const body = res.json();
      expect(body.code).toBe('NOT_FOUND');
      expect(body.message).toMatch(/^Không tìm thấy/);
      expect(res.body).not.toContain(id === 'khong-phai-ma' ? 'KN-' : atPc06.code);
    }
  });

  it('writes one audit row per download, refusals included', async () => {
    const atPc06 = await dossier(AT_PC06);
    const before = await t.db.selectFrom('audit_log').select(['id']).orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
    await download('pc06.nghean', atPc06.id, 'receipt.pdf');
    await download('pc06.hanoi', atPc06.id, 'receipt.pdf');
    await download(null, atPc06.id, 'commitment.pdf');
    const rows = await t.db
      .selectFrom('audit_log')
      .leftJoin('users', 'users.id', 'audit_log.actor_user_id')
      .select(['audit_log.action', 'audit_log.outcome', 'audit_log.target_id', 'users.username'])
      .where('audit_log.id', '>', before.id)
      .where('audit_log.action', 'like', 'printout.%')
      .orderBy('audit_log.id')
      .execute();
    expect(rows).toEqual([
      { action: 'printout.receipt', outcome: 'OK', target_id: atPc06.id, username: 'pc06.nghean' },
      { action: 'printout.receipt', outcome: 'REFUSED', target_id: atPc06.id, username: 'pc06.hanoi' },
      { action: 'printout.commitment', outcome: 'REFUSED', target_id: atPc06.id, username: null },
    ]);
  });
});
