import { DEFAULT_POLICY, type AccountListContext } from '@ketnoi/domain';
import { birthPrefixes, SEED_SERVICE_CATALOGUE } from '@ketnoi/reference';
import { describe, expect, it } from 'vitest';
import { checkAccountFile } from './check-account-file.js';
import { buildXlsx, fixture, LABELS, personRow } from './testing/workbooks.js';

const ctx: AccountListContext = {
  birthPrefixes,
  serviceCodes: SEED_SERVICE_CATALOGUE.map((s) => s.code),
  today: '2025-09-01',
  policy: DEFAULT_POLICY,
};

const check = (name: string) => checkAccountFile({ bytes: fixture(name), fileName: name }, ctx);

describe('checkAccountFile on the fixtures (fixtures/README.md)', () => {
  it('accounts-valid.csv: 5 rows, all valid', async () => {
    expect(await check('accounts-valid.csv')).toMatchObject({ kind: 'checked', format: 'csv', rows: 5, valid: 5, errors: [] });
  });

  it('accounts-valid-libreoffice.xlsx: 5 rows, all valid (dates are real date cells)', async () => {
    expect(await check('accounts-valid-libreoffice.xlsx')).toMatchObject({ kind: 'checked', format: 'xlsx', rows: 5, valid: 5, errors: [] });
  });

  it('accounts-with-errors-vn-excel.csv: 9 rows, 5 valid, errors on rows 7, 8, 9 and 10 with header labels', async () => {
    const result = await check('accounts-with-errors-vn-excel.csv');
    if (result.kind !== 'checked') throw new Error(result.message);
    expect(result.rows).toBe(9);
    expect(result.valid).toBe(5);
    expect([...new Set(result.errors.map((e) => e.row))]).toEqual([7, 8, 9, 10]);
    const byRow = (row: number) => result.errors.filter((e) => e.row === row).map((e) => e.column);
    expect(byRow(7)).toContain('Số định danh cá nhân');
    expect(byRow(8)).toEqual(expect.arrayContaining(['Ngày sinh']));
    expect(byRow(9)).toContain('Số điện thoại');
    expect(byRow(10)).toContain('Số định danh cá nhân');
    // No ID number, phone or email of the file is echoed back in a message.
    const personal = new TextDecoder().decode(fixture('accounts-with-errors-vn-excel.csv')).match(/\+?\d{9,}|[\w.]+@[\w.]+/g) ?? [];
    expect(personal.length).toBeGreaterThan(20);
    for (const e of [...result.errors, ...result.warnings]) {
      expect(e.code).toMatch(/^[A-Z][A-Z0-9_]+$/);
      for (const value of personal) expect(e.message).not.toContain(value);
    }
  });

  it('flags an ID typed as a number (leading zero lost) on its row and column', async () => {
    const row: unknown[] = personRow(0);
    row[2] = 40090000000;
    const bytes = await buildXlsx([{ rows: [LABELS, row as string[], personRow(1)] }]);
    const result = await checkAccountFile({ bytes, fileName: 'x.xlsx' }, ctx);
    if (result.kind !== 'checked') throw new Error(result.message);
    expect(result.rows).toBe(2);
    expect(result.errors.filter((e) => e.column === 'Số định danh cá nhân').map((e) => e.row)).toEqual([2]);
  });

  it('passes a refusal through as unreadable', async () => {
    const result = await checkAccountFile({ bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), fileName: 'a.xls' }, ctx);
    expect(result).toMatchObject({ kind: 'unreadable', code: 'SHEET_LEGACY_XLS' });
  });
});
