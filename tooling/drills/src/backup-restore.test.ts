import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TABLES } from '@ketnoi/db';
import { backupRestoreDrill, tableListGaps } from './backup-restore.ts';
import { findPgTools, PgToolMissingError } from './pg-tools.ts';
import { adminQuery } from './scratch-database.ts';

const run = promisify(execFile);
const PACKAGE_DIR = fileURLToPath(new URL('../', import.meta.url));
const adminUrl = process.env.KETNOI_TEST_PG_URL;

/** Which of these databases still exist. */
const stillThere = async (url: string, names: readonly string[]) =>
  (await adminQuery<{ datname: string }>(url, `SELECT datname FROM pg_database WHERE datname = ANY($1)`, [names])).map((r) => r.datname);

describe('the PostgreSQL client programs', () => {
  it('are looked for where PG_BIN says, and their absence says how to install them', async () => {
    const missing = await findPgTools({ PG_BIN: '/nonexistent/bin' }).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(PgToolMissingError);
    expect((missing as Error).message).toContain('apt-get install -y postgresql-client');
  });
});

describe('the tables the drill compares and @ketnoi/db counts', () => {
  const all = TABLES.map((t) => `public.${t}`);
  it('agree when every table of schema public is listed (the migration tool and other schemas aside)', () => {
    expect(tableListGaps([...all, 'public.kysely_migration', 'public.kysely_migration_lock', 'pgboss.job'])).toEqual([]);
  });
  it('name a table of the database missing from TABLES and a listed one the database lacks', () => {
    const gaps = tableListGaps([...all.filter((t) => t !== 'public.dashboard_periods'), 'public.new_table']);
    expect(gaps).toHaveLength(2);
    expect(gaps[0]).toContain("public.new_table không có trong TABLES");
    expect(gaps[1]).toContain('bảng dashboard_periods của TABLES không có trong cơ sở dữ liệu');
  });
});

if (!adminUrl) {
  describe('backup and restore drill (R1)', () => {
    it.skip('needs PostgreSQL: set KETNOI_TEST_PG_URL=postgres://postgres@127.0.0.1:5432/postgres (as .ci/run does)', () => {});
  });
} else {
  describe('backup and restore drill (R1) on PostgreSQL', () => {
    it('`pnpm drill backup-restore` restores the demo set whole: every table, the audit chain and every document, and leaves no database behind', async () => {
      const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/main.ts', 'backup-restore', '--url', adminUrl], { cwd: PACKAGE_DIR, timeout: 180_000 });
      // execFile rejects on a non-zero exit: reaching here means exit code 0.
      expect(stdout).toContain('ĐẠT / PASS');
      expect(stdout).toMatch(/public\.audit_log\s+\d+\s+\d+\s+khớp \/ same/);
      expect(stdout).toMatch(/public\.documents\s+\d+\s+\d+\s+khớp \/ same/);
      // Every table of the schema, the dashboard's, the imports' and the jobs' included (@ketnoi/db TABLES).
      for (const table of TABLES) expect(stdout).toMatch(new RegExp(`public\\.${table}\\s+\\d+\\s+\\d+\\s+khớp \\/ same`));
      expect(stdout).toMatch(/bản khôi phục hợp lệ \/ verifies/);
      const docs = /Tài liệu \/ documents: (\d+) của \/ of (\d+); SHA-256 nội dung = đã lưu \/ content = stored: (\d+)\/(\d+)/.exec(stdout);
      expect(docs).not.toBeNull();
      expect(Number(docs![1])).toBeGreaterThan(0);
      expect(new Set(docs!.slice(1))).toHaveProperty('size', 1);
      const created = [...stderr.matchAll(/drill_(?:source|restored)_[0-9a-f]+/g)].map((m) => m[0]);
      expect(new Set(created).size).toBe(2);
      expect(await stillThere(adminUrl, created)).toEqual([]);
    });

    it('fails, naming each difference, when the restored copy lost a row, a document changed or the audit chain was altered', async () => {
      const result = await backupRestoreDrill({
        adminUrl,
        async beforeCompare(restoredUrl) {
          await adminQuery(restoredUrl, `DELETE FROM idempotency_keys WHERE ctid = (SELECT ctid FROM idempotency_keys LIMIT 1)`);
          await adminQuery(restoredUrl, `UPDATE documents SET content = content || '\\x00'::bytea WHERE id = (SELECT id FROM documents ORDER BY id LIMIT 1)`);
          await adminQuery(restoredUrl, `ALTER TABLE audit_log DISABLE TRIGGER USER`);
          await adminQuery(restoredUrl, `UPDATE audit_log SET outcome = 'ERROR' WHERE id = (SELECT min(id) + 1 FROM audit_log)`);
        },
      });
      expect(result.ok).toBe(false);
      const mismatches = result.comparison.mismatches.join('\n');
      expect(mismatches).toMatch(/public\.idempotency_keys: \d+ dòng gốc, \d+ dòng khôi phục/);
      expect(mismatches).toMatch(/tài liệu [0-9a-f-]{36}: SHA-256 của nội dung khác giá trị đã lưu/);
      expect(mismatches).toMatch(/chuỗi nhật ký khôi phục hỏng tại dòng \d+ \(HASH_MISMATCH\)/);
      expect(mismatches).toMatch(/public\.audit_log: nội dung khác/);
      expect(result.comparison.documents.hashesMatch).toBe(result.comparison.documents.restored - 1);
      expect(result.report).toContain('KHÔNG ĐẠT / FAIL');
      expect(result.databases).toHaveLength(2);
      expect(await stillThere(adminUrl, result.databases)).toEqual([]);
    });
  });
}
