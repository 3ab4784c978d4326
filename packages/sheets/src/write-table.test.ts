import { describe, expect, it } from 'vitest';
import { writeTables, type SheetTable } from './write-table.js';
import { loadWorkbook } from './testing/load-workbook.js';

const table: SheetTable = {
  name: 'Theo tỉnh/thành: [2026]',
  columns: [{ label: 'Tỉnh, thành phố' }, { label: 'Hồ sơ', kind: 'count' }, { label: 'Tỉ lệ đúng hạn', kind: 'share' }],
  rows: [
    ['Tỉnh Nghệ An', 1234, 0.875],
    ['=HYPERLINK("http://x","bấm")', 0, null],
    ['-Cơ quan', 7, 1],
    ['+84 tổ chức', 2, 0],
    ['@chú thích', 3, null],
  ],
};

describe('writeTables', () => {
  it('writes .xlsx with typed cells: counts and shares as numbers, the rest as text that is never a formula', async () => {
    const wb = await loadWorkbook(await writeTables([table, { ...table, name: 'Theo tỉnh/thành: [2026]' }], 'xlsx'));
    expect(wb.worksheets.map((s) => s.name)).toEqual(['Theo tỉnh thành   2026', 'Theo tỉnh thành   2026 (2)']);
    const sheet = wb.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Tỉnh, thành phố', 'Hồ sơ', 'Tỉ lệ đúng hạn']);
    expect(sheet.getCell('A2').value).toBe('Tỉnh Nghệ An');
    expect(sheet.getCell('B2').value).toBe(1234);
    expect(sheet.getCell('B2').numFmt).toBe('#,##0');
    expect(sheet.getCell('C2').value).toBe(0.875);
    expect(sheet.getCell('C2').numFmt).toBe('0.0%');
    expect(sheet.getCell('A3').value).toBe('=HYPERLINK("http://x","bấm")');
    expect(sheet.getCell('A3').type).toBe(3); // ExcelJS.ValueType.String, not Formula (6)
    expect(sheet.getCell('B3').value).toBe(0);
    expect(sheet.getCell('C3').value).toBeNull();
    expect(sheet.getCell('A4').value).toBe('-Cơ quan');
  });

  it('writes .csv for Excel on Vietnamese Windows, with formula-leading cells escaped and shares as percentages', async () => {
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await writeTables([table], 'csv'));
    expect(text.startsWith('\ufeff')).toBe(true);
    expect(text.slice(1).split('\r\n')).toEqual([
      '"Tỉnh, thành phố",Hồ sơ,Tỉ lệ đúng hạn',
      'Tỉnh Nghệ An,1234,"87,5%"',
      `"'=HYPERLINK(""http://x"",""bấm"")",0,`,
      `"'-Cơ quan",7,100%`,
      `"'+84 tổ chức",2,0%`,
      `"'@chú thích",3,`,
      '',
    ]);
  });

  it('refuses to put more than one table in a CSV file', async () => {
    await expect(writeTables([table, table], 'csv')).rejects.toThrow(/one table/);
  });
});
