import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '@ketnoi/db/testing';
import { readAccountSheet } from '@ketnoi/sheets';
import demoAccounts from '../demo/demo-accounts.ts';
import { openWorld, type DemoUsername, type World } from '../testing/world.ts';
import { accountExport, type AccountExportFormat } from './account-export.ts';
import { loadAccounts } from './dossier-content.ts';

const AT_PC06 = 'Hệ thống quản lý hành nghề y dược Nghệ An';
const RETURNED = 'Phần mềm một cửa điện tử Sở Y tế Nghệ An';
const DRAFT = 'Cổng dịch vụ công ngành Y tế Nghệ An';

describe.each(testDatabases())('accountExport on %s', (kind) => {
  let w: World;
  beforeAll(async () => {
    w = await openWorld(kind);
  });
  afterAll(async () => {
    await w?.close();
  });

  /** Exports as the user, and returns the file (or null) with the audit rows the call wrote. */
  async function exportAs(username: DemoUsername | null, dossierId: string, version: number | undefined, format: AccountExportFormat = 'xlsx') {
    const requestId = `test-${randomUUID()}`;
    const file = await accountExport(w.db, username ? w.users[username] : null, dossierId, version, format, requestId);
    const audit = await w.db.selectFrom('audit_log').select(['action', 'outcome', 'target_type', 'target_id', 'actor_user_id', 'details']).where('request_id', '=', requestId).execute();
    return { file, audit };
  }

  async function cellsOf(bytes: Uint8Array, fileName: string) {
    const result = await readAccountSheet({ bytes, fileName });
    if (!result.ok) throw new Error(result.message);
    return result.rows.map((r) => r.cells);
  }

  it('gives the owner unit the full list, re-importable as it is stored, with one OK audit row', async () => {
    const d = await w.dossierOf(AT_PC06);
    const { file, audit } = await exportAs('nghean.canbo', d.id, undefined);
    expect(file).not.toBeNull();
    expect(file!.fileName).toMatch(/^Danh sách tài khoản KN-\d{4}-\d+ phiên bản 1\.xlsx$/);
    const stored = await loadAccounts(w.db, d.id, 1);
    const cells = await cellsOf(file!.bytes, file!.fileName);
    expect(cells.map((c) => c.personalId)).toEqual(stored.map((a) => a.personalId));
    expect(cells[0]!.personalId).toMatch(/^040\d{9}$/);
    expect(cells.map((c) => c.phone)).toEqual(stored.map((a) => a.phone));
    expect(cells.map((c) => c.index)).toEqual(['1', '2', '3', '4', '5']);
    expect(cells[1]).toMatchObject({ fullName: 'Tạ Quang Huy', dateOfBirth: '30/11/1987', sex: 'Nam', services: 'XAC_THUC_THONG_TIN;TRA_CUU_THONG_TIN' });
    expect(audit).toEqual([
      { action: 'dossier.accounts.export', outcome: 'OK', target_type: 'dossier', target_id: d.id, actor_user_id: w.users['nghean.canbo'].userId, details: { version: 1, format: 'xlsx', rows: 5 } },
    ]);
  });

  it('gives PC06 of the province the list with ID numbers and phones masked, also as CSV', async () => {
    const d = await w.dossierOf(AT_PC06);
    for (const format of ['xlsx', 'csv'] as const) {
      const { file, audit } = await exportAs('pc06.nghean', d.id, 1, format);
      expect(file!.fileName.endsWith(`.${format}`)).toBe(true);
      const cells = await cellsOf(file!.bytes, file!.fileName);
      expect(cells).toHaveLength(5);
      for (const c of cells) {
        expect(c.personalId).toMatch(/^040\*{6}\d{3}$/);
        expect(c.phone).toMatch(/^\+84\d{2}\*+\d{3}$/);
      }
      expect(cells[0]!.fullName).toBe('Lương Thị Hạnh');
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ outcome: 'OK', details: { version: 1, format, rows: 5 } });
    }
  });

  it('answers null with one REFUSED audit row outside the jurisdiction: another unit, another province, C06 before forwarding, the administrator', async () => {
    const d = await w.dossierOf(AT_PC06);
    for (const user of ['hanoi.canbo', 'boyte.canbo', 'pc06.hanoi', 'c06.thamdinh', 'c06.quantri'] as const) {
      const { file, audit } = await exportAs(user, d.id, undefined, 'csv');
      expect(file, user).toBeNull();
      expect(audit, user).toEqual([
        { action: 'dossier.accounts.export', outcome: 'REFUSED', target_type: 'dossier', target_id: d.id, actor_user_id: w.users[user].userId, details: { version: null, format: 'csv', rows: 0 } },
      ]);
    }
  });

  it('refuses without a session, for a malformed id, an unknown dossier and a bad version, one audit row each', async () => {
    const d = await w.dossierOf(AT_PC06);
    const cases = [
      await exportAs(null, d.id, undefined),
      await exportAs('nghean.canbo', 'not-a-uuid', undefined),
      await exportAs('nghean.canbo', randomUUID(), undefined),
      await exportAs('nghean.canbo', d.id, 0),
      await exportAs('nghean.canbo', d.id, 1.5),
    ];
    for (const { file, audit } of cases) {
      expect(file).toBeNull();
      expect(audit).toHaveLength(1);
      expect(audit[0]!.outcome).toBe('REFUSED');
    }
    expect(cases[0]!.audit[0]!.actor_user_id).toBeNull();
    expect(cases[1]!.audit[0]!.target_id).toBeNull();
  });

  it('lets the submitter reach its answer to a return (version + 1), and reviewers only the submitted version', async () => {
    const d = await w.dossierOf(RETURNED);
    expect(d.status).toBe('RETURNED');
    // The return opened version 2 as a copy of version 1; replacing the list changes only version 2.
    const rows = demoAccounts('040').slice(0, 3);
    await w.as('nghean.canbo').submitter.dossiers.replaceAccounts({ dossierId: d.id, expectedRevision: d.revision, idempotencyKey: randomUUID(), rows });
    const answer = await exportAs('nghean.canbo', d.id, 2);
    expect(answer.audit[0]!.details).toEqual({ version: 2, format: 'xlsx', rows: 3 });
    expect(await cellsOf(answer.file!.bytes, 'v2.xlsx')).toHaveLength(3);
    expect((await exportAs('nghean.canbo', d.id, undefined)).audit[0]!.details).toEqual({ version: 1, format: 'xlsx', rows: 5 });
    expect((await exportAs('pc06.nghean', d.id, 1)).file).not.toBeNull();
    const refused = await exportAs('pc06.nghean', d.id, 2);
    expect(refused.file).toBeNull();
    expect(refused.audit).toMatchObject([{ outcome: 'REFUSED', details: { version: 2, format: 'xlsx', rows: 0 } }]);
    expect((await exportAs('nghean.canbo', d.id, 3)).file).toBeNull();
  });

  it('answers null for a version + 1 that was never started (a dossier waiting at PC06)', async () => {
    const d = await w.dossierOf(AT_PC06);
    const { file, audit } = await exportAs('nghean.canbo', d.id, 2);
    expect(file).toBeNull();
    expect(audit).toMatchObject([{ outcome: 'REFUSED' }]);
  });

  it('exports a draft to its unit only', async () => {
    const d = await w.dossierOf(DRAFT);
    expect((await exportAs('nghean.canbo', d.id, undefined)).file).not.toBeNull();
    expect((await exportAs('pc06.nghean', d.id, undefined)).file).toBeNull();
  });
});
