/** quality.md L2: the CLI names exactly the audit row a superuser altered behind the disabled guard. */
import { sql } from 'kysely';
import { openTestDatabase, testDatabases, type TestDatabase } from '@ketnoi/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testCli, type TestCli } from '../test-io.js';

const PASSWORD = 'Mat-khau-rat-manh-2025';

describe.each(testDatabases())('audit verify on %s', (kind) => {
  let t: TestDatabase;
  let cli: TestCli;
  beforeAll(async () => {
    t = await openTestDatabase(kind);
    cli = testCli(t);
  });
  afterAll(() => t?.close());

  const auditIds = async () => (await t.db.selectFrom('audit_log').select('id').orderBy('id').execute()).map((r) => r.id);

  it('passes (exit 0) after a few audited actions', async () => {
    for (const [username, role, unit] of [
      ['quantri.mot', 'NATIONAL_ADMIN', 'C06'],
      ['thamdinh.hai', 'NATIONAL_REVIEWER', 'C06'],
      ['thamdinh.ba', 'PROVINCIAL_REVIEWER', 'PC06:48'],
    ] as const) {
      const r = await cli.run(['users', 'create', '--username', username, '--name', 'Nguyễn Thị Kiểm', '--role', role, '--unit', unit, '--password-stdin'], PASSWORD);
      expect(r.code).toBe(0);
    }
    expect((await cli.run(['users', 'disable', 'thamdinh.hai'])).code).toBe(0);

    const ids = await auditIds();
    expect(ids.length).toBeGreaterThanOrEqual(4);
    const r = await cli.run(['audit', 'verify']);
    expect(r).toEqual({ code: 0, out: `Chuỗi nhật ký kiểm toán toàn vẹn: ${ids.length} dòng.\n`, err: '' });
    const j = await cli.run(['audit', 'verify', '--json']);
    expect(j.code).toBe(0);
    expect(JSON.parse(j.out)).toEqual({ ok: true, rows: ids.length });
  });

  it('exit 1 naming exactly the k-th row after its details were altered behind the disabled append-only guard', async () => {
    const ids = await auditIds();
    const k = ids[2]!;
    await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`.execute(t.db);
    try {
      await sql`UPDATE audit_log SET details = '{"role": "NATIONAL_ADMIN"}'::jsonb WHERE id = ${k}`.execute(t.db);
    } finally {
      await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only`.execute(t.db);
    }
    // The guard is back: the tampering needed a superuser switching it off.
    await expect(sql`UPDATE audit_log SET details = '{}'::jsonb WHERE id = ${k}`.execute(t.db)).rejects.toThrow(/append-only/);

    const j = await cli.run(['audit', 'verify', '--json']);
    expect(j.code).toBe(1);
    expect(JSON.parse(j.out)).toEqual({ ok: false, rows: ids.length, firstBrokenId: k, reason: 'HASH_MISMATCH' });
    const text = await cli.run(['audit', 'verify']);
    expect(text.code).toBe(1);
    expect(text.out).toContain(`bị phá vỡ tại dòng ${k} (HASH_MISMATCH)`);
    expect(cli.closes).toBe(cli.opens);
  });
});
