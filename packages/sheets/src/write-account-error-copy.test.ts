import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_LIST_COLUMNS, type AccountListColumn, type RawAccountRow } from '@ketnoi/domain';
import { readAccountSheet } from './read-account-sheet.js';
import { loadWorkbook } from './testing/load-workbook.js';
import { ERROR_COLUMN_LABEL, writeAccountErrorCopy } from './write-account-error-copy.js';

const cells = (over: Partial<Record<AccountListColumn, string>>): Record<AccountListColumn, string> => ({
  ...(Object.fromEntries(ACCOUNT_LIST_COLUMNS.map((c) => [c.key, ''])) as Record<AccountListColumn, string>),
  ...over,
});
const col = (key: AccountListColumn) => ACCOUNT_LIST_COLUMNS.findIndex((c) => c.key === key) + 1;
const ERRORS = ACCOUNT_LIST_COLUMNS.length + 1;

// As the reader gives them: row 4 was blank in the uploaded file, so row numbers jump from 3 to 5.
const rows: RawAccountRow[] = [
  { rowNumber: 2, cells: cells({ index: '1', fullName: 'Lê Văn An', personalId: '040090000001', phone: '+84912345678', services: 'XAC_THUC_THONG_TIN' }) },
  { rowNumber: 3, cells: cells({ index: '2', fullName: 'Trần Thị Bình', personalId: '40090000002', dateOfBirth: '31/02/1990', position: '=HYPERLINK("http://x","y")' }) },
  { rowNumber: 5, cells: cells({ index: '3', fullName: 'Đỗ Hữu Cường', personalId: '040090000001', email: '@lạ' }) },
];
const findings = [
  { row: 3, column: 'personalId', message: 'Số định danh cá nhân phải gồm đúng 12 chữ số.' },
  { row: 3, column: 'dateOfBirth', message: 'Ngày sinh phải có dạng dd/MM/yyyy và là một ngày có thật, ví dụ 05/03/1990.' },
  { row: 5, column: 'personalId', message: 'Số định danh cá nhân trùng với dòng 2; mỗi người chỉ được kê khai một lần.' },
];

async function load(bytes: Uint8Array) {
  const workbook = await loadWorkbook(bytes);
  return workbook.worksheets[0]!;
}

describe('writeAccountErrorCopy', () => {
  it('adds «Lỗi cần sửa» as the last column, holding each row its own messages, "column: message" one per line', async () => {
    const sheet = await load(await writeAccountErrorCopy(rows, findings));
    expect(sheet.getCell(1, ERRORS).value).toBe(ERROR_COLUMN_LABEL);
    expect(ACCOUNT_LIST_COLUMNS.map((c, i) => sheet.getCell(1, i + 1).value)).toEqual(ACCOUNT_LIST_COLUMNS.map((c) => c.label));
    expect(sheet.getCell(2, ERRORS).value).toBeNull();
    expect(sheet.getCell(3, ERRORS).value).toBe(
      'Số định danh cá nhân: Số định danh cá nhân phải gồm đúng 12 chữ số.\nNgày sinh: Ngày sinh phải có dạng dd/MM/yyyy và là một ngày có thật, ví dụ 05/03/1990.',
    );
    expect(sheet.getCell(5, ERRORS).value).toBe('Số định danh cá nhân: Số định danh cá nhân trùng với dòng 2; mỗi người chỉ được kê khai một lần.');
    expect(sheet.getCell(5, ERRORS).alignment?.wrapText).toBe(true);
  });

  it('keeps every person on its uploaded row number, so "trùng với dòng 2" points at the right row', async () => {
    const sheet = await load(await writeAccountErrorCopy(rows, findings));
    expect(sheet.getCell(2, col('fullName')).value).toBe('Lê Văn An');
    expect(sheet.getCell(3, col('fullName')).value).toBe('Trần Thị Bình');
    expect(sheet.getCell(4, col('fullName')).value).toBeNull();
    expect(sheet.getCell(5, col('fullName')).value).toBe('Đỗ Hữu Cường');
  });

  it('fills the cells in error light red, and only those', async () => {
    const sheet = await load(await writeAccountErrorCopy(rows, findings));
    const red = (r: number, c: number) => (sheet.getCell(r, c).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb === 'FFFFC7CE';
    expect(red(3, col('personalId'))).toBe(true);
    expect(red(3, col('dateOfBirth'))).toBe(true);
    expect(red(5, col('personalId'))).toBe(true);
    expect(red(3, col('fullName'))).toBe(false);
    expect(red(2, col('personalId'))).toBe(false);
    expect(red(5, ERRORS)).toBe(true);
    expect(sheet.autoFilter).toBe('A1:L5');
  });

  it('writes the cells as text: no formula, IDs with their digits as uploaded', async () => {
    const sheet = await load(await writeAccountErrorCopy(rows, findings));
    let formulas = 0;
    sheet.eachRow((r) => r.eachCell((cell) => void (cell.type === ExcelJS.ValueType.Formula && formulas++)));
    expect(formulas).toBe(0);
    expect(sheet.getCell(3, col('position')).value).toBe('=HYPERLINK("http://x","y")');
    expect(sheet.getCell(3, col('personalId')).value).toBe('40090000002');
    expect(sheet.getCell(2, col('phone')).numFmt).toBe('@');
  });

  it('reads back as the same list when imported again as it is (the error column is skipped)', async () => {
    const bytes = await writeAccountErrorCopy(rows, findings);
    const result = await readAccountSheet({ bytes, fileName: 'loi.xlsx' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.rows.map((r) => [r.rowNumber, r.cells.fullName, r.cells.personalId])).toEqual(rows.map((r) => [r.rowNumber, r.cells.fullName, r.cells.personalId]));
    const sheet = await load(bytes);
    expect(JSON.stringify(sheet.getCell(1, ERRORS).note)).toContain('tải tệp lên lại');
  });

  it('a header with the error column and another extra column is still refused', async () => {
    const { checkHeader } = await import('./account-header.js');
    const labels = [...ACCOUNT_LIST_COLUMNS.map((c) => c.label), ERROR_COLUMN_LABEL];
    expect(checkHeader(labels)).toBeNull();
    expect(checkHeader([...labels, 'Ghi chú'])).toMatchObject({ code: 'SHEET_HEADER_MISMATCH' });
    expect(checkHeader([...ACCOUNT_LIST_COLUMNS.map((c) => c.label), 'Ghi chú'])).toMatchObject({ code: 'SHEET_HEADER_MISMATCH' });
  });

  it('lays rows out in order when their numbers are not increasing', async () => {
    const shuffled = [rows[2]!, rows[0]!];
    const sheet = await load(await writeAccountErrorCopy(shuffled, findings));
    expect(sheet.getCell(2, col('fullName')).value).toBe('Đỗ Hữu Cường');
    expect(String(sheet.getCell(2, ERRORS).value)).toContain('trùng với dòng 2');
    expect(sheet.getCell(3, col('fullName')).value).toBe('Lê Văn An');
  });
});
