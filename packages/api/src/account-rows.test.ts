import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '@ketnoi/db/testing';
import { prepareCompleteDossier } from './demo/demo-seed.ts';
import { openWorld, type World } from './testing/world.ts';

const key = () => randomUUID();

describe.each(testDatabases())('account rows edited in place on %s', (kind) => {
  let w: World;
  let d: Awaited<ReturnType<typeof prepareCompleteDossier>>;
  const api = () => w.as('nghean.canbo');
  const target = () => ({ dossierId: d.id, expectedRevision: d.revision(), idempotencyKey: key() });

  beforeAll(async () => {
    w = await openWorld(kind);
    d = await prepareCompleteDossier(w.as('nghean.canbo'), { systemName: 'Hệ thống sửa từng dòng', birthPrefix: '040', submit: false });
  });
  afterAll(async () => {
    await w?.close();
  });

  it('shows the full ID number only to the row editor, and audits that read', async () => {
    const masked = await api().dossier.accounts({ dossierId: d.id });
    expect(masked.items[0]!.personalId).toMatch(/\*/);
    const row = await api().submitter.accountRows.get({ dossierId: d.id, rowNumber: 2 });
    expect(row.cells.personalId).toMatch(/^040\d{9}$/);
    expect(row.cells.fullName).toBe('Lương Thị Hạnh');
    const audit = await w.db.selectFrom('audit_log').select('outcome').where('action', '=', 'submitter.accountRows.get').where('target_id', '=', d.id).execute();
    expect(audit).toEqual([{ outcome: 'OK' }]);
  });

  it('saves a corrected row, refuses a duplicate of another row naming the row, and adds and deletes rows', async () => {
    const row = await api().submitter.accountRows.get({ dossierId: d.id, rowNumber: 3 });
    const saved = await api().submitter.accountRows.save({ ...target(), rowNumber: 3, cells: { ...row.cells, position: 'Phó trưởng phòng' } });
    expect(saved.total).toBe(5);
    expect((await api().submitter.accountRows.get({ dossierId: d.id, rowNumber: 3 })).cells.position).toBe('Phó trưởng phòng');

    const first = await api().submitter.accountRows.get({ dossierId: d.id, rowNumber: 2 });
    const duplicate = api().submitter.accountRows.save({ ...target(), rowNumber: 3, cells: { ...row.cells, personalId: first.cells.personalId } });
    await expect(duplicate).rejects.toMatchObject({ cause: { appCode: 'DOMAIN_REFUSED' } });
    const error = (await duplicate.catch((e: unknown) => e)) as { cause: { issues: { path: unknown[]; message: string }[] } };
    expect(error.cause.issues[0]!.message).not.toContain(first.cells.personalId);
    expect((await api().submitter.accountRows.get({ dossierId: d.id, rowNumber: 3 })).cells.personalId).toBe(row.cells.personalId);

    const added = await api().submitter.accountRows.save({ ...target(), rowNumber: null, cells: { ...row.cells, personalId: '040090004999', dateOfBirth: '01/01/1990', sex: 'Nam', username: 'moi.nguoi', email: 'moi@demo.gov.vn' } });
    expect(added).toMatchObject({ rowNumber: 7, total: 6 });
    const removed = await api().submitter.accountRows.delete({ ...target(), rowNumber: 7 });
    expect(removed.total).toBe(5);
    await expect(api().submitter.accountRows.delete({ ...target(), rowNumber: 7 })).rejects.toMatchObject({ cause: { appCode: 'NOT_FOUND' } });
  });

  it('another unit cannot read or edit the rows', async () => {
    const other = w.as('hanoi.canbo');
    await expect(other.submitter.accountRows.get({ dossierId: d.id, rowNumber: 2 })).rejects.toMatchObject({ cause: { appCode: 'NOT_FOUND' } });
    await expect(other.submitter.accountRows.delete({ ...target(), rowNumber: 2 })).rejects.toMatchObject({ cause: { appCode: 'NOT_FOUND' } });
  });
});
