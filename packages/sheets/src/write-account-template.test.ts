import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT_LIST_COLUMNS } from '@ketnoi/domain';
import { readAccountSheet } from './read-account-sheet.js';
import { loadWorkbook } from './testing/load-workbook.js';
import { CATALOGUE_SHEET_NAME, GUIDE_SHEET_NAME, writeAccountTemplate } from './write-account-template.js';

const SERVICES = [
  { code: 'XAC_THUC_THONG_TIN', name: 'Xác thực thông tin công dân' },
  { code: 'TRA_CUU_THONG_TIN', name: 'Tra cứu thông tin công dân' },
  { code: 'TRA_CUU_CU_TRU', name: 'Tra cứu thông tin cư trú' },
];
const column = (key: (typeof ACCOUNT_LIST_COLUMNS)[number]['key']) => ACCOUNT_LIST_COLUMNS.findIndex((c) => c.key === key) + 1;

describe('writeAccountTemplate', () => {
  let bytes: Uint8Array;
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    bytes = await writeAccountTemplate({ services: SERVICES });
    workbook = await loadWorkbook(bytes);
  });

  it('is read back by readAccountSheet: the header is accepted and there are no rows', async () => {
    const result = await readAccountSheet({ bytes, fileName: 'mau.xlsx' });
    expect(result).toEqual({ ok: true, format: 'xlsx', sheetName: 'Danh sách tài khoản', rows: [] });
  });

  it('puts the list first, then the guide, then the catalogue hidden', () => {
    expect(workbook.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['Danh sách tài khoản', 'visible'],
      [GUIDE_SHEET_NAME, 'visible'],
      [CATALOGUE_SHEET_NAME, 'hidden'],
    ]);
  });

  it('has exactly the template labels in row 1, styled, with the first row frozen', () => {
    const sheet = workbook.worksheets[0]!;
    const header = sheet.getRow(1);
    expect(ACCOUNT_LIST_COLUMNS.map((_, i) => header.getCell(i + 1).value)).toEqual(ACCOUNT_LIST_COLUMNS.map((c) => c.label));
    expect(header.getCell(ACCOUNT_LIST_COLUMNS.length + 1).value).toBeNull();
    expect(header.getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(column('fullName')).width).toBeGreaterThan(20);
  });

  it('formats the ID number, phone and date columns (indeed every column) as text', () => {
    const sheet = workbook.worksheets[0]!;
    for (const key of ['personalId', 'phone', 'dateOfBirth'] as const) expect(sheet.getColumn(column(key)).numFmt).toBe('@');
    for (let c = 1; c <= ACCOUNT_LIST_COLUMNS.length; c++) expect(sheet.getColumn(c).numFmt).toBe('@');
  });

  it('offers the catalogue codes as a drop-down on Dịch vụ that accepts several codes (no stop error) and explains the separators', () => {
    const sheet = workbook.worksheets[0]!;
    const letter = String.fromCharCode(64 + column('services'));
    for (const row of [2, 500, 200_001]) {
      const v = sheet.getCell(`${letter}${row}`).dataValidation;
      expect(v.type).toBe('list');
      expect(v.formulae).toEqual([`'${CATALOGUE_SHEET_NAME}'!$A$2:$A$4`]);
      expect(v.showErrorMessage).toBeFalsy();
      expect(v.prompt).toContain('chấm phẩy (;)');
    }
    const catalogue = workbook.getWorksheet(CATALOGUE_SHEET_NAME)!;
    expect([2, 3, 4].map((r) => catalogue.getCell(`A${r}`).value)).toEqual(SERVICES.map((s) => s.code));
  });

  it('offers Nam/Nữ on Giới tính with a warning only (the reader also accepts "nu", "NAM")', () => {
    const sheet = workbook.worksheets[0]!;
    const v = sheet.getCell(`${String.fromCharCode(64 + column('sex'))}2`).dataValidation;
    expect(v).toMatchObject({ type: 'list', formulae: ['"Nam,Nữ"'], allowBlank: true, errorStyle: 'warning' });
  });

  it('prompts for dd/MM/yyyy on Ngày sinh and 12 digits on the ID number, within Excel limits', () => {
    const sheet = workbook.worksheets[0]!;
    const date = sheet.getCell(`${String.fromCharCode(64 + column('dateOfBirth'))}7`).dataValidation;
    expect(date.prompt).toContain('dd/MM/yyyy');
    expect(sheet.getCell(`${String.fromCharCode(64 + column('personalId'))}7`).dataValidation.prompt).toContain('12 chữ số');
    for (let c = 1; c <= ACCOUNT_LIST_COLUMNS.length; c++) {
      const v = sheet.getCell(2, c).dataValidation;
      if (!v) continue;
      expect(v.prompt?.length ?? 0).toBeLessThanOrEqual(255);
      expect(v.promptTitle?.length ?? 0).toBeLessThanOrEqual(32);
      expect(v.error?.length ?? 0).toBeLessThanOrEqual(225);
    }
  });

  it('explains every column and the rules in Vietnamese on «Hướng dẫn», with the catalogue', () => {
    const guide = workbook.getWorksheet(GUIDE_SHEET_NAME)!;
    const texts: string[] = [];
    guide.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    const all = texts.join('\n');
    for (const c of ACCOUNT_LIST_COLUMNS) expect(texts).toContain(c.label);
    expect(all).toContain('đúng 12 chữ số');
    expect(all).toContain('không trùng số định danh cá nhân');
    expect(all).toContain('Phiếu đăng ký sử dụng dịch vụ');
    expect(all).toContain('tuổi từ 18 đến 70');
    for (const s of SERVICES) expect(texts).toContain(s.name);
  });

  it('still reads back, without a list validation, when the catalogue is empty', async () => {
    const empty = await writeAccountTemplate({ services: [], ageRange: { min: 20, max: 60 } });
    expect(await readAccountSheet({ bytes: empty, fileName: 'mau.xlsx' })).toMatchObject({ ok: true, rows: [] });
    const wb = await loadWorkbook(empty);
    expect(wb.worksheets[0]!.getCell(`${String.fromCharCode(64 + column('services'))}2`).dataValidation.type).toBe('any');
  });
});
