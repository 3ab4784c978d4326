import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, testDatabases } from '../testing.js';
import type { TestDatabase } from '../testing.js';
import { appendAudit, appendAuditBatch, verifyAuditChain } from './audit.js';

const ZERO_HASH = Buffer.alloc(32);

describe.each(testDatabases())('audit chain on %s', (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(kind);
  });
  afterAll(() => t?.close());

  it('an empty log verifies', async () => {
    expect(await verifyAuditChain(t.db)).toEqual({ ok: true, rows: 0 });
  });

  it('chains each row to the previous one and verifies after many appends', async () => {
    for (let i = 0; i < 40; i++) {
      await appendAudit(t.db, {
        action: i % 2 === 0 ? 'dossier.view' : 'user.login',
        outcome: i % 7 === 0 ? 'REFUSED' : 'OK',
        actorRole: 'SUBMITTER',
        targetType: 'dossier',
        targetId: `d-${i}`,
        details: { i, note: 'Xem hồ sơ', nested: { list: [1, 2] } },
        requestId: `r-${i}`,
      });
    }
    const rows = await t.db.selectFrom('audit_log').select(['id', 'prev_hash', 'row_hash']).orderBy('id').execute();
    expect(rows).toHaveLength(40);
    expect(rows[0]?.prev_hash.equals(ZERO_HASH)).toBe(true);
    for (let i = 1; i < rows.length; i++) {
      expect(rows[i]!.id).toBeGreaterThan(rows[i - 1]!.id);
      expect(rows[i]!.prev_hash.equals(rows[i - 1]!.row_hash)).toBe(true);
      expect(rows[i]!.row_hash).toHaveLength(32);
    }
    expect(await verifyAuditChain(t.db)).toEqual({ ok: true, rows: 40 });
  });

  it('chains a batch inserted in one statement in the given order, and the chain continues after it', async () => {
    const before = (await verifyAuditChain(t.db)).rows;
    await appendAuditBatch(t.db, Array.from({ length: 25 }, (_, i) => ({ action: 'dossier.get', outcome: 'OK' as const, details: { n: i } })));
    await appendAudit(t.db, { action: 'after.batch', outcome: 'OK' });
    const rows = await t.db.selectFrom('audit_log').select(['id', 'details', 'prev_hash', 'row_hash']).orderBy('id').offset(before).execute();
    expect(rows.map((r) => (r.details as { n?: number }).n)).toEqual([...Array.from({ length: 25 }, (_, i) => i), undefined]);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prev_hash.equals(rows[i - 1]!.row_hash)).toBe(true);
    expect(await verifyAuditChain(t.db)).toEqual({ ok: true, rows: before + 26 });
  });

  it('writes the audit row with the transaction it audits: a rollback leaves no row and no broken chain', async () => {
    const before = await verifyAuditChain(t.db);
    await expect(
      t.db.transaction().execute(async (trx) => {
        await appendAudit(trx, { action: 'dossier.forward', outcome: 'OK' });
        throw new Error('business failure after the audit row');
      }),
    ).rejects.toThrow('business failure');
    await appendAudit(t.db, { action: 'after.rollback', outcome: 'OK' });
    expect(await verifyAuditChain(t.db)).toEqual({ ok: true, rows: before.rows + 1 });
  });

  it('refuses UPDATE, DELETE and TRUNCATE of audit rows', async () => {
    await expect(t.db.updateTable('audit_log').set({ action: 'forged' }).execute()).rejects.toThrow(/append-only/);
    await expect(t.db.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
    await expect(sql`TRUNCATE audit_log`.execute(t.db)).rejects.toThrow(/append-only/);
  });

  it('ignores an id, prev_hash or row_hash that the writer tries to choose', async () => {
    const { rows } = await sql<{ id: number; prev_hash: Buffer }>`
      INSERT INTO audit_log (id, action, outcome, prev_hash, row_hash) VALUES (1, 'forged', 'OK', '\\x00', '\\x00') RETURNING id, prev_hash`.execute(t.db);
    expect(rows[0]?.id).not.toBe(1);
    expect(rows[0]?.prev_hash).toHaveLength(32);
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });

  it('names exactly the row a superuser altered behind the disabled guard (HASH_MISMATCH)', async () => {
    const ids = (await t.db.selectFrom('audit_log').select('id').orderBy('id').execute()).map((r) => r.id);
    const k = ids[17]!;
    await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`.execute(t.db);
    try {
      await sql`UPDATE audit_log SET details = '{"i": 999}'::jsonb WHERE id = ${k}`.execute(t.db);
    } finally {
      await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only`.execute(t.db);
    }
    expect(await verifyAuditChain(t.db)).toEqual({ ok: false, rows: ids.length, firstBrokenId: k, reason: 'HASH_MISMATCH' });
  });

  it('names the row after a deleted one (PREV_MISMATCH)', async () => {
    const ids = (await t.db.selectFrom('audit_log').select('id').orderBy('id').execute()).map((r) => r.id);
    await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`.execute(t.db);
    try {
      await sql`DELETE FROM audit_log WHERE id = ${ids[5]!}`.execute(t.db);
    } finally {
      await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only`.execute(t.db);
    }
    expect(await verifyAuditChain(t.db)).toEqual({ ok: false, rows: ids.length - 1, firstBrokenId: ids[6], reason: 'PREV_MISMATCH' });
  });
});

describe.runIf(testDatabases().includes('postgres'))('audit chain under concurrency on postgres', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase('postgres');
  });
  afterAll(() => t?.close());

  it('50 concurrent appends, each in its own transaction, still form one verified chain', async () => {
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        t.db.transaction().execute(async (trx) => {
          // Some work before and after the audit row, so transactions overlap.
          await sql`SELECT pg_sleep(${(i % 5) / 1000})`.execute(trx);
          await appendAudit(trx, { action: 'dossier.claim', outcome: 'OK', details: { i } });
          await sql`SELECT pg_sleep(${(i % 3) / 1000})`.execute(trx);
        }),
      ),
    );
    const rows = await t.db.selectFrom('audit_log').select(['id', 'prev_hash', 'row_hash']).orderBy('id').execute();
    expect(rows).toHaveLength(50);
    for (let i = 1; i < rows.length; i++) {
      expect(rows[i]!.id).toBeGreaterThan(rows[i - 1]!.id);
      expect(rows[i]!.prev_hash.equals(rows[i - 1]!.row_hash)).toBe(true);
    }
    expect(await verifyAuditChain(t.db)).toEqual({ ok: true, rows: 50 });
  });

  it('refuses to chain inside a REPEATABLE READ transaction (its snapshot could fork the chain)', async () => {
    await expect(
      t.db.transaction().setIsolationLevel('repeatable read').execute((trx) => appendAudit(trx, { action: 'x', outcome: 'OK' })),
    ).rejects.toThrow(/READ COMMITTED/);
  });

  it('the application role ketnoi_app can insert and read audit rows but cannot UPDATE or DELETE them', async () => {
    await t.db.transaction().execute(async (trx) => {
      await sql`SET LOCAL ROLE ketnoi_app`.execute(trx);
      await appendAudit(trx, { action: 'as.app', outcome: 'OK' });
      await expect(sql`SAVEPOINT s1`.execute(trx)).resolves.toBeDefined();
      await expect(sql`UPDATE audit_log SET action = 'forged'`.execute(trx)).rejects.toThrow(/permission denied/);
      await sql`ROLLBACK TO SAVEPOINT s1`.execute(trx);
      await expect(sql`DELETE FROM audit_log`.execute(trx)).rejects.toThrow(/permission denied/);
      await sql`ROLLBACK TO SAVEPOINT s1`.execute(trx);
      await expect(sql`UPDATE dossier_events SET type = 'forged'`.execute(trx)).rejects.toThrow(/permission denied/);
      await sql`ROLLBACK TO SAVEPOINT s1`.execute(trx);
      // …while ordinary tables stay writable for it.
      await sql`UPDATE services SET sort_order = sort_order WHERE code = 'TRA_CUU_CU_TRU'`.execute(trx);
    });
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true });
  });
});
