import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT_LIST_COLUMNS } from '@ketnoi/domain';
import { testDatabases } from '@ketnoi/db/testing';
import { prepareCompleteDossier } from './demo/demo-seed.ts';
import demo from './demo/demo-accounts.ts';
import { settledImport } from './services/account-import.ts';
import { openWorld, type World } from './testing/world.ts';

const key = () => randomUUID();
type Row = ReturnType<typeof demo>[number];

/** A CSV as units produce it: the template's header labels, then the rows. */
const csv = (rows: readonly Row[]) =>
  Buffer.from(
    [ACCOUNT_LIST_COLUMNS.map((c) => c.label).join(','), ...rows.map((r) => ACCOUNT_LIST_COLUMNS.map((c) => `"${r.cells[c.key].replace(/"/g, '""')}"`).join(','))].join('\r\n'),
    'utf8',
  ).toString('base64');

describe.each(testDatabases())('account-list import on %s', (kind) => {
  let w: World;
  let dossier: Awaited<ReturnType<typeof prepareCompleteDossier>>;
  const api = () => w.as('nghean.canbo');
  const accountsOf = async () => (await api().dossier.accounts({ dossierId: dossier.id, pageSize: 100 })).items;
  const start = async (rows: readonly Row[], fileName = 'danh-sach.csv', contentBase64 = csv(rows)) => {
    const { importId } = await api().submitter.accountImports.start({ dossierId: dossier.id, expectedRevision: dossier.revision(), idempotencyKey: key(), fileName, contentBase64 });
    await settledImport(importId);
    return api().submitter.accountImports.get({ importId });
  };

  beforeAll(async () => {
    w = await openWorld(kind);
    dossier = await prepareCompleteDossier(w.as('nghean.canbo'), { systemName: 'Hệ thống nhập danh sách', birthPrefix: '040', submit: false });
  });
  afterAll(async () => {
    await w?.close();
  });

  it('stores a fully valid list at once, replacing the previous one, and audits the store', async () => {
    const rows = [...demo('040'), ...demo('001').map((r, i) => ({ ...r, rowNumber: 7 + i, cells: { ...r.cells, username: `${r.cells.username}2`, email: `x${i}@demo.gov.vn` } }))];
    const result = await start(rows);
    expect(result).toMatchObject({ status: 'STORED', rowCount: 10, validCount: 10, storedCount: 10, errorCount: 0, format: 'csv' });
    expect(await accountsOf()).toHaveLength(10);
    const audit = await w.db.selectFrom('audit_log').select(['action', 'outcome']).where('target_id', '=', dossier.id).where('action', 'like', 'submitter.accountImports.%').execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['submitter.accountImports.start', 'submitter.accountImports.store']);
    const kept = await w.db.selectFrom('account_imports').select('rows').where('id', '=', result.id).executeTakeFirstOrThrow();
    expect(kept.rows).toBeNull();
  });

  it('with errors stores nothing, lists them by row and column in Vietnamese, then keeps only the valid rows on request', async () => {
    const before = await accountsOf();
    const rows = demo('040');
    rows[1] = { ...rows[1]!, cells: { ...rows[1]!.cells, personalId: '12345' } };
    rows[3] = { ...rows[3]!, cells: { ...rows[3]!.cells, username: rows[0]!.cells.username } };
    const result = await start(rows);
    expect(result.status).toBe('HAS_ERRORS');
    expect(result.errorCount).toBeGreaterThanOrEqual(2);
    expect(result.findings[0]).toMatchObject({ row: 3, column: 'Số định danh cá nhân', severity: 'error' });
    expect(result.findings.map((f) => f.message).join(' ')).not.toContain('12345');
    expect(await accountsOf()).toEqual(before);

    const kept = await api().submitter.accountImports.keepValid({ importId: result.id, expectedRevision: dossier.revision(), idempotencyKey: key() });
    expect(kept.stored).toBe(result.validCount);
    expect(kept.skipped).toBe(5 - (result.validCount ?? 0));
    expect(await accountsOf()).toHaveLength(kept.stored);
    await expect(api().submitter.accountImports.keepValid({ importId: result.id, expectedRevision: dossier.revision(), idempotencyKey: key() })).rejects.toMatchObject({ cause: { appCode: 'DOMAIN_REFUSED' } });
  });

  it('reports an unreadable file with the reader’s Vietnamese reason and stores nothing', async () => {
    const before = await accountsOf();
    const result = await start([], 'danh-sach.xlsx', Buffer.from('MZ\x90\x00 not a spreadsheet').toString('base64'));
    expect(result.status).toBe('UNREADABLE');
    expect(result.refusal?.message).toMatch(/[ảạếệơư]/);
    expect(await accountsOf()).toEqual(before);
  });

  it('discarding drops the pending rows; the import stays listed as discarded', async () => {
    const rows = demo('040').map((r) => ({ ...r, cells: { ...r.cells, dateOfBirth: '31/02/1990' } }));
    const result = await start(rows);
    expect(result.status).toBe('HAS_ERRORS');
    await api().submitter.accountImports.discard({ importId: result.id, idempotencyKey: key() });
    const after = await api().submitter.accountImports.get({ importId: result.id });
    expect(after.status).toBe('DISCARDED');
    const kept = await w.db.selectFrom('account_imports').select('rows').where('id', '=', result.id).executeTakeFirstOrThrow();
    expect(kept.rows).toBeNull();
    expect(await api().submitter.accountImports.latest({ dossierId: dossier.id })).toEqual({ importId: result.id });
  });

  it('another unit never sees or acts on the import; a submitted dossier takes no import', async () => {
    const result = await start(demo('040').map((r) => ({ ...r, cells: { ...r.cells, personalId: '1' } })));
    const other = w.as('hanoi.canbo');
    await expect(other.submitter.accountImports.get({ importId: result.id })).rejects.toMatchObject({ cause: { appCode: 'NOT_FOUND' } });
    await expect(other.submitter.accountImports.keepValid({ importId: result.id, expectedRevision: 0, idempotencyKey: key() })).rejects.toMatchObject({ cause: { appCode: 'NOT_FOUND' } });
    await expect(other.submitter.accountImports.latest({ dossierId: dossier.id })).rejects.toMatchObject({ cause: { appCode: 'NOT_FOUND' } });

    const submitted = await prepareCompleteDossier(api(), { systemName: 'Hệ thống đã gửi', birthPrefix: '040', submit: true });
    await expect(
      api().submitter.accountImports.start({ dossierId: submitted.id, expectedRevision: submitted.revision(), idempotencyKey: key(), fileName: 'a.csv', contentBase64: csv(demo('040')) }),
    ).rejects.toMatchObject({ cause: { appCode: 'DOMAIN_REFUSED' } });
  });

  it('the same idempotency key starts one import only', async () => {
    const k = key();
    const input = { dossierId: dossier.id, expectedRevision: dossier.revision(), idempotencyKey: k, fileName: 'a.csv', contentBase64: csv(demo('040')) };
    const [a, b] = [await api().submitter.accountImports.start(input), await api().submitter.accountImports.start(input)];
    expect(b).toEqual(a);
    await settledImport(a.importId);
    const n = await w.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).where('action', '=', 'submitter.accountImports.store').where('details', '@>', JSON.stringify({ importId: a.importId }) as never).executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(1);
  });
});
