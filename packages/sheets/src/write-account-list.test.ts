import ExcelJS from 'exceljs';
import fc from 'fast-check';
import Papa from 'papaparse';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ACCOUNT_LIST_COLUMNS, type AccountListColumn, type RawAccountRow } from '@ketnoi/domain';
import { readAccountSheet } from './read-account-sheet.js';
import { loadWorkbook } from './testing/load-workbook.js';
import { writeAccountList } from './write-account-list.js';

const FORMULA_START = /^[=+\-@\t\r]/;
const digits = (n: number) => fc.array(fc.constantFrom(...'0123456789'), { minLength: n, maxLength: n }).map((d) => d.join(''));

/** Precomposed Vietnamese (NFC): tone marks on top of ă â ê ô ơ ư, and đ. */
const SYLLABLES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Thị', 'Văn', 'Hữu', 'Đức', 'Ánh', 'Tuyết', 'Phượng', 'Quỳnh', 'Ngọc', 'Hương', 'Thuỷ', 'Khánh', 'Ưng', 'Ơn', 'Ỷ', 'Ẩn'];
const name = fc.array(fc.constantFrom(...SYLLABLES), { minLength: 2, maxLength: 4 }).map((w) => w.join(' ').normalize('NFC'));
const words = fc.array(fc.constantFrom(...SYLLABLES, 'Phòng', 'Sở', 'Y tế', 'Cán bộ', 'Trưởng', 'ban', '"trích dẫn"', 'a,b', 'c;d', 'dòng 1\ndòng 2', 'cột\tbên', "O'Neil", '  hai cách  '), { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
/** Text that a spreadsheet program would take for a formula unless escaped, and look-alikes of the escape itself. */
const formulaLike = fc.tuple(fc.constantFrom('=', '+', '-', '@', '\t', "'=", "''+", "'", '=HYPERLINK("http://evil.example","bấm vào")', '=1+2', '@SUM(A1:A9)', '-2+3', '+84'), words).map(([a, b]) => `${a}${b}`);
const text = fc.oneof(words, formulaLike, fc.constant(''));

const row = fc.record({
  index: fc.oneof(fc.nat({ max: 99_999 }).map(String), fc.constant(''), formulaLike),
  fullName: name,
  personalId: fc.oneof(digits(12), digits(11).map((d) => `0${d}`), digits(10).map((d) => `00${d}`)),
  dateOfBirth: fc.tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1955, max: 2007 })).map(([d, m, y]) => `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`),
  sex: fc.constantFrom('Nam', 'Nữ', ''),
  position: text,
  workUnit: text,
  phone: fc.oneof(digits(9).map((d) => `+84${d}`), digits(8).map((d) => `09${d}`)),
  email: fc.oneof(fc.constant('an.nv@nghean.gov.vn'), fc.constant('@lạ.vn'), fc.constant('-x@y.vn'), fc.constant('')),
  username: fc.oneof(fc.constant('an.nv'), fc.constant('=cmd|\' /C calc\'!A0'), fc.constant('+1')),
  services: fc.subarray(['XAC_THUC_THONG_TIN', 'TRA_CUU_THONG_TIN', 'TRA_CUU_CU_TRU'], { minLength: 1 }).chain((codes) => fc.constantFrom(';', ',', '; ').map((sep) => codes.join(sep))),
}) as fc.Arbitrary<Record<AccountListColumn, string>>;

const list = fc.array(row, { minLength: 0, maxLength: 12 }).map((cells): RawAccountRow[] => cells.map((c, i) => ({ rowNumber: i + 2, cells: c })));

async function reimport(bytes: Uint8Array, fileName: string) {
  const result = await readAccountSheet({ bytes, fileName });
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result;
}

async function xlsxFormulaCells(bytes: Uint8Array): Promise<number> {
  const workbook = await loadWorkbook(bytes);
  let formulas = 0;
  workbook.eachSheet((sheet) => sheet.eachRow((r) => r.eachCell((cell) => void (cell.type === ExcelJS.ValueType.Formula && formulas++))));
  const xml = Object.entries(unzipSync(bytes)).filter(([n]) => n.includes('worksheets/')).map(([, d]) => strFromU8(d)).join('');
  if (/<f[\s>]/.test(xml)) formulas++;
  return formulas;
}

describe('writeAccountList: export, then import gives back the same cells (quality.md I2)', () => {
  it('for 200 random lists as .xlsx: identical cells, no formula cells', async () => {
    await fc.assert(
      fc.asyncProperty(list, async (rows) => {
        const bytes = await writeAccountList(rows, 'xlsx');
        const back = await reimport(bytes, 'export.xlsx');
        expect(back.format).toBe('xlsx');
        expect(back.rows.map((r) => r.cells)).toEqual(rows.map((r) => r.cells));
        expect(back.rows.map((r) => r.rowNumber)).toEqual(rows.map((_, i) => i + 2));
        expect(back.rows.every((r) => r.numericCells === undefined)).toBe(true);
        expect(await xlsxFormulaCells(bytes)).toBe(0);
      }),
      { numRuns: 200 },
    );
  }, 120_000);

  it('for 200 random lists as .csv: identical cells, no field that begins like a formula', async () => {
    await fc.assert(
      fc.asyncProperty(list, async (rows) => {
        const bytes = await writeAccountList(rows, 'csv');
        const back = await reimport(bytes, 'export.csv');
        expect(back.format).toBe('csv');
        expect(back.rows.map((r) => r.cells)).toEqual(rows.map((r) => r.cells));
        const fields = Papa.parse<string[]>(new TextDecoder().decode(bytes.subarray(3)), { delimiter: ',' }).data.flat();
        expect(fields.filter((f) => FORMULA_START.test(f))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  }, 120_000);

  it('keeps a carriage return in CSV (an .xlsx cannot hold one)', async () => {
    const rows: RawAccountRow[] = [{ rowNumber: 2, cells: { ...emptyCells(), fullName: 'Lê Văn An', position: '\rđầu', workUnit: 'a\r\nb' } }];
    expect((await reimport(await writeAccountList(rows, 'csv'), 'x.csv')).rows[0]!.cells).toEqual(rows[0]!.cells);
  });
});

describe('writeAccountList: the files', () => {
  const rows: RawAccountRow[] = [
    { rowNumber: 2, cells: { ...emptyCells(), index: '1', fullName: 'Đặng Thị Ánh', personalId: '001305004321', phone: '+84912345678', position: '=1+2', services: 'XAC_THUC_THONG_TIN;TRA_CUU_THONG_TIN' } },
  ];

  it('writes CSV as UTF-8 with a BOM, CRLF line ends, the header labels, IDs and phones as typed and escaped', async () => {
    const bytes = await writeAccountList(rows, 'csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.subarray(3));
    const lines = text.split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(text.replaceAll('\r\n', '')).not.toContain('\n');
    expect(lines[0]).toBe(ACCOUNT_LIST_COLUMNS.map((c) => c.label).join(','));
    expect(lines[1]).toBe(`1,Đặng Thị Ánh,001305004321,,,"'=1+2",,"'+84912345678",,,XAC_THUC_THONG_TIN;TRA_CUU_THONG_TIN`);
  });

  it('writes .xlsx cells as string cells in Text columns, unprefixed', async () => {
    const workbook = await loadWorkbook(await writeAccountList(rows, 'xlsx'));
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Danh sách tài khoản');
    for (const c of [1, 3, 6, 8]) {
      expect(sheet.getCell(2, c).type).toBe(ExcelJS.ValueType.String);
      expect(sheet.getCell(2, c).numFmt).toBe('@');
    }
    expect(sheet.getCell(2, 3).value).toBe('001305004321');
    expect(sheet.getCell(2, 6).value).toBe('=1+2');
    expect(sheet.getCell(2, 8).value).toBe('+84912345678');
    expect(sheet.getColumn(3).numFmt).toBe('@');
  });

  it('writes only the header for an empty list, which reads back as no rows', async () => {
    for (const format of ['xlsx', 'csv'] as const) {
      expect((await reimport(await writeAccountList([], format), `x.${format}`)).rows).toEqual([]);
    }
  });
});

function emptyCells(): Record<AccountListColumn, string> {
  return Object.fromEntries(ACCOUNT_LIST_COLUMNS.map((c) => [c.key, ''])) as Record<AccountListColumn, string>;
}
