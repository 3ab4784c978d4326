import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../cli-io.js';
import { dispatch } from '../dispatch.js';
import { todayInVietnam } from './accounts-check.js';

const fixture = (name: string) => fileURLToPath(new URL(`../../../../packages/sheets/fixtures/${name}`, import.meta.url));

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const io: CliIo = {
    out: (t) => (out += t),
    err: (t) => (err += t),
    now: () => new Date('2025-09-01T03:00:00Z'),
    readStdin: () => Promise.reject(new Error('accounts check reads no input')),
    openDatabase: () => Promise.reject(new Error('accounts check is offline')),
  };
  const code = await dispatch(argv, io);
  return { code, out, err };
}

describe('ketnoi accounts check (in process)', () => {
  it('--json on a valid list: rows, valid, no errors, exit 0', async () => {
    const { code, out } = await run('accounts', 'check', fixture('accounts-valid.csv'), '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({ rows: 5, valid: 5, errors: [], warnings: [] });
  });

  it('--json on the list with errors: exactly the documented shape, exit 1', async () => {
    const { code, out } = await run('accounts', 'check', fixture('accounts-with-errors-vn-excel.csv'), '--json');
    expect(code).toBe(1);
    const report = JSON.parse(out) as { rows: number; valid: number; errors: Record<string, unknown>[] };
    expect(Object.keys(report)).toEqual(['rows', 'valid', 'errors', 'warnings']);
    expect(report.rows).toBe(9);
    expect(report.valid).toBe(5);
    for (const e of report.errors) expect(Object.keys(e)).toEqual(['row', 'column', 'code', 'message']);
    expect(report.errors.map((e) => e.row)).toEqual([7, 8, 9, 10]);
  });

  it('prints a Vietnamese report without --json', async () => {
    const { code, out } = await run('accounts', 'check', fixture('accounts-with-errors-vn-excel.csv'));
    expect(code).toBe(1);
    expect(out).toContain('Số dòng dữ liệu: 9. Hợp lệ: 5.');
    expect(out).toMatch(/Dòng 7, cột «Số định danh cá nhân»: /);
  });

  it('exit 2 with {"error"} for a missing file, a directory, a wrong format and usage errors', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ketnoi-cli-'));
    const xls = join(dir, 'old.xls');
    writeFileSync(xls, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    const cases: [string[], string][] = [
      [['accounts', 'check', join(dir, 'missing.csv'), '--json'], 'FILE_NOT_FOUND'],
      [['accounts', 'check', dir, '--json'], 'FILE_NOT_READABLE'],
      [['accounts', 'check', xls, '--json'], 'SHEET_LEGACY_XLS'],
      [['accounts', 'check', '--json'], 'CLI_USAGE'],
      [['accounts', 'check', 'a.csv', 'b.csv', '--json'], 'CLI_USAGE'],
      [['accounts', 'check', 'a.csv', '--frobnicate', '--json'], 'CLI_USAGE'],
      [['accounts', 'frobnicate', '--json'], 'CLI_UNKNOWN_COMMAND'],
    ];
    for (const [argv, errorCode] of cases) {
      const { code, out } = await run(...argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(JSON.parse(out), argv.join(' ')).toEqual({ error: { code: errorCode, message: expect.stringMatching(/[ạ-ỹđ]/) } });
    }
  });

  it('counts today in Asia/Ho_Chi_Minh (UTC+7)', () => {
    expect(todayInVietnam(new Date('2025-08-31T16:59:59Z'))).toBe('2025-08-31');
    expect(todayInVietnam(new Date('2025-08-31T17:00:00Z'))).toBe('2025-09-01');
  });
});
