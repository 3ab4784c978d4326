/** End to end: the real process, as `pnpm ketnoi` starts it (tsx src/main.ts). */
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { verifyPassword } from '@ketnoi/api';
import { findUserByUsername } from '@ketnoi/db';
import { openTestDatabase, testDatabases, type TestDatabase } from '@ketnoi/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const cliDir = fileURLToPath(new URL('..', import.meta.url));
const tsx = join(cliDir, 'node_modules', '.bin', 'tsx');
const fixture = (name: string) => fileURLToPath(new URL(`../../../packages/sheets/fixtures/${name}`, import.meta.url));

function ketnoi(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(tsx, ['src/main.ts', ...args], { cwd: cliDir, timeout: 60_000, env: { ...process.env, INIT_CWD: '' } }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

describe('pnpm ketnoi accounts check FILE --json (spawned)', () => {
  it('exit 0 and the report for a valid .xlsx', async () => {
    const { code, stdout } = await ketnoi('accounts', 'check', fixture('accounts-valid-libreoffice.xlsx'), '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ rows: 5, valid: 5, errors: [], warnings: [] });
  });

  it('exit 1 and the errors of rows 7, 8, 9, 10 for the Vietnamese-Excel CSV', async () => {
    const { code, stdout } = await ketnoi('accounts', 'check', fixture('accounts-with-errors-vn-excel.csv'), '--json');
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { rows: number; valid: number; errors: { row: number; column: string }[] };
    expect(report).toMatchObject({ rows: 9, valid: 5 });
    expect(report.errors.map((e) => [e.row, e.column])).toEqual([
      [7, 'Số định danh cá nhân'],
      [8, 'Ngày sinh'],
      [9, 'Số điện thoại'],
      [10, 'Số định danh cá nhân'],
    ]);
  });

  it('exit 2 with {"error"} for a missing file and for a damaged zip, never a crash', async () => {
    const missing = await ketnoi('accounts', 'check', '/nonexistent/danh-sach.csv', '--json');
    expect(missing.code).toBe(2);
    expect(JSON.parse(missing.stdout)).toMatchObject({ error: { code: 'FILE_NOT_FOUND' } });

    const dir = mkdtempSync(join(tmpdir(), 'ketnoi-e2e-'));
    const garbage = join(dir, 'rac.xlsx');
    writeFileSync(garbage, Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(4096, 0xab)]));
    const refused = await ketnoi('accounts', 'check', garbage, '--json');
    expect(refused.code).toBe(2);
    expect(JSON.parse(refused.stdout)).toMatchObject({ error: { code: 'SHEET_ZIP_MALFORMED' } });
    expect(refused.stderr).toBe('');
  });
}, 120_000);

describe.runIf(testDatabases().includes('postgres'))('pnpm ketnoi users create --password-stdin (spawned, PostgreSQL via DATABASE_URL)', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase('postgres');
  });
  afterAll(() => t?.close());

  it('creates the administrator from the password piped on stdin, never from the arguments', async () => {
    const password = 'Quan-tri-Khoi-tao-2025';
    const args = ['users', 'create', '--username', 'quantri', '--name', 'Nguyễn Văn Quản', '--role', 'NATIONAL_ADMIN', '--unit', 'C06', '--password-stdin', '--json'];
    const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      const child = execFile(tsx, ['src/main.ts', ...args], { cwd: cliDir, timeout: 60_000, env: { ...process.env, INIT_CWD: '', DATABASE_URL: t.url } }, (error, out, err) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout: out, stderr: err });
      });
      child.stdin?.end(`${password}\n`);
    });
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const user = (await findUserByUsername(t.db, 'quantri'))!;
    expect(JSON.parse(stdout)).toMatchObject({ id: user.id, username: 'quantri', role: 'NATIONAL_ADMIN' });
    expect(await verifyPassword(user.password_hash, password)).toBe(true);
    expect(stdout).not.toContain(password);
    const audit = await t.db.selectFrom('audit_log').selectAll().where('target_id', '=', user.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['cli.users.create']);
  });
}, 120_000);
