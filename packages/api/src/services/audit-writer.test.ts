import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '@ketnoi/db';
import { openTestDatabase, testDatabases, type TestDatabase } from '@ketnoi/db/testing';
import { AuditWriter } from './audit-writer.ts';

describe.each(testDatabases())('audit group commit on %s', (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(kind);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('commits every row before its caller resumes, in fewer commits than rows, and the chain verifies', async () => {
    const writer = new AuditWriter(t.db);
    const writes = Array.from({ length: 300 }, (_, i) => writer.write({ action: 'dossier.get', outcome: 'OK', details: { i } }));
    await Promise.all(writes);
    const rows = await t.db.selectFrom('audit_log').select(['details', 'occurred_at']).orderBy('id').execute();
    expect(rows).toHaveLength(300);
    expect(rows.map((r) => (r.details as { i: number }).i)).toEqual(Array.from({ length: 300 }, (_, i) => i));
    // Rows of one batch share their transaction's now(): fewer distinct times than rows = grouped commits.
    expect(new Set(rows.map((r) => r.occurred_at)).size).toBeLessThan(300);
    expect(await verifyAuditChain(t.db)).toEqual({ ok: true, rows: 300 });
  });

  it('rejects the callers of a batch that cannot be written', async () => {
    const writer = new AuditWriter(t.db);
    await expect(writer.write({ action: 'x', outcome: 'NOT_AN_OUTCOME' as 'OK' })).rejects.toThrow();
    await expect(writer.write({ action: 'after.failure', outcome: 'OK' })).resolves.toBeUndefined();
  });
});
