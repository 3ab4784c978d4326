import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readAccountSheet } from './read-account-sheet.js';
import type { SheetReadResult } from './sheet-read-result.js';
import { buildXlsx, csvBytes, editXlsx, encodeWindows1258, fixture, LABELS, personRow } from './testing/workbooks.js';

const read = (bytes: Uint8Array, fileName = 'danh-sach') => readAccountSheet({ bytes, fileName });

function rowsOf(result: SheetReadResult) {
  if (!result.ok) throw new Error(`refused: ${result.code} ${result.message}`);
  return result.rows;
}

function refusalOf(result: SheetReadResult) {
  if (result.ok) throw new Error('expected a refusal');
  return result;
}

describe('readAccountSheet: the fixtures', () => {
  it('reads the plain UTF-8 CSV: 5 rows numbered from 2, all cells as text', async () => {
    const result = await read(fixture('accounts-valid.csv'));
    expect(result.ok && result.format).toBe('csv');
    const rows = rowsOf(result);
    expect(rows.map((r) => r.rowNumber)).toEqual([2, 3, 4, 5, 6]);
    expect(rows[0]!.cells).toMatchObject({ fullName: 'Lương Thị Hạnh', personalId: '040195004321', dateOfBirth: '14/02/1995', phone: '0356123456' });
    expect(rows[0]!.numericCells).toBeUndefined();
  });

  it('reads the LibreOffice .xlsx: real date cells become dd/MM/yyyy, text IDs keep their zero', async () => {
    const result = await read(fixture('accounts-valid-libreoffice.xlsx'));
    expect(result.ok && result.format).toBe('xlsx');
    expect(result.ok && result.sheetName).toBe('accounts-valid');
    const rows = rowsOf(result);
    expect(rows).toHaveLength(5);
    expect(rows.map((r) => r.cells.dateOfBirth)).toEqual(['14/02/1995', '30/11/1987', '05/07/1992', '21/09/1990', '18/04/2002']);
    expect(rows[4]!.cells.personalId).toBe('014302004325');
    expect(rows[2]!.cells.phone).toBe('+84772333444');
    // STT is a number cell in that file; the ID column is text and is not flagged.
    expect(rows[0]!.numericCells).toEqual(['index']);
  });

  it('reads the Vietnamese-Excel CSV: BOM, `;`, CRLF, quoted `;` inside Dịch vụ', async () => {
    const rows = rowsOf(await read(fixture('accounts-with-errors-vn-excel.csv')));
    expect(rows).toHaveLength(9);
    expect(rows[0]!.cells.index).toBe('1'); // the BOM is not part of the first cell
    expect(rows[1]!.cells.services).toBe('XAC_THUC_THONG_TIN;TRA_CUU_THONG_TIN');
    expect(rows.at(-1)!.rowNumber).toBe(10);
    expect(rows.every((r) => !Object.values(r.cells).some((c) => c.includes('\r')))).toBe(true);
  });
});

describe('readAccountSheet: the header row', () => {
  const withHeader = (header: string[]) => csvBytes([header, personRow(0)]);

  it('accepts NFD labels and stray spaces', async () => {
    const header = LABELS.map((l) => ` ${l.normalize('NFD').replace(' ', '  ')} `);
    expect(rowsOf(await read(withHeader(header)))).toHaveLength(1);
  });

  it('refuses a renamed column, naming the expected and the found label', async () => {
    const header = [...LABELS];
    header[2] = 'Số CCCD';
    const refusal = refusalOf(await read(withHeader(header)));
    expect(refusal.code).toBe('SHEET_HEADER_MISMATCH');
    expect(refusal.message).toContain('cột 3 phải là «Số định danh cá nhân» nhưng đang là «Số CCCD»');
  });

  it('refuses misordered, missing and extra columns', async () => {
    const swapped = [...LABELS];
    [swapped[7], swapped[8]] = [swapped[8]!, swapped[7]!];
    expect(refusalOf(await read(withHeader(swapped))).message).toContain('sai thứ tự');
    expect(refusalOf(await read(withHeader(LABELS.slice(0, 10)))).message).toContain('thiếu cột «Dịch vụ»');
    expect(refusalOf(await read(withHeader([...LABELS, 'Ghi chú'])))).toMatchObject({ code: 'SHEET_HEADER_MISMATCH' });
    expect(refusalOf(await read(withHeader(LABELS.map((l) => l.toUpperCase())))).code).toBe('SHEET_HEADER_MISMATCH');
  });

  it('does not echo personal data when row 1 holds a person instead of the header', async () => {
    const refusal = refusalOf(await read(csvBytes([personRow(0), personRow(1)])));
    expect(refusal.code).toBe('SHEET_HEADER_MISMATCH');
    expect(refusal.message).not.toContain('040090000000');
    expect(refusal.message).not.toContain('@nghean.gov.vn');
  });

  it('refuses an .xlsx whose header is not on row 1', async () => {
    const bytes = await buildXlsx([{ rows: [['DANH SÁCH TÀI KHOẢN'], [], LABELS, personRow(0)] }]);
    expect(refusalOf(await read(bytes)).code).toBe('SHEET_HEADER_MISMATCH');
  });
});

describe('readAccountSheet: xlsx cells', () => {
  it('turns numbers into digits without exponent and flags them (IDs that lost their leading zero)', async () => {
    const row: unknown[] = personRow(0);
    row[2] = 40195004321;
    row[7] = 356123456;
    const rows = rowsOf(await read(await buildXlsx([{ rows: [LABELS, row as string[]] }])));
    expect(rows[0]!.cells.personalId).toBe('40195004321');
    expect(rows[0]!.cells.phone).toBe('356123456');
    expect(rows[0]!.numericCells).toEqual(['personalId', 'phone']);
  });

  it('gives formulas their cached result, never evaluated, and keeps `=` text as text', async () => {
    const row: unknown[] = personRow(0);
    row[1] = { formula: 'CONCAT("Nguyễn ","Văn An")', result: 'Nguyễn Văn An' };
    row[5] = '=HYPERLINK("http://evil")';
    row[0] = { formula: '1+1', result: 2 };
    const rows = rowsOf(await read(await buildXlsx([{ rows: [LABELS, row as string[]] }])));
    expect(rows[0]!.cells.fullName).toBe('Nguyễn Văn An');
    expect(rows[0]!.cells.position).toBe('=HYPERLINK("http://evil")');
    expect(rows[0]!.cells.index).toBe('2');
  });

  it('formats date cells (also dates from formulas) as dd/MM/yyyy, and booleans as text', async () => {
    const row: unknown[] = personRow(0);
    row[3] = new Date(Date.UTC(1990, 1, 14));
    row[4] = true;
    const other: unknown[] = personRow(1);
    other[3] = { formula: 'DATE(1987,11,30)', result: 32111 };
    const bytes = await buildXlsx([{ rows: [LABELS, row as string[], other as string[]], numFmt: { 4: 'dd/mm/yyyy' } }]);
    const rows = rowsOf(await read(bytes));
    expect(rows[0]!.cells.dateOfBirth).toBe('14/02/1990');
    expect(rows[0]!.cells.sex).toBe('TRUE');
    expect(rows[1]!.cells.dateOfBirth).toBe('30/11/1987');
  });

  it('normalises NFD text to NFC and joins rich text', async () => {
    const row: unknown[] = personRow(0);
    row[1] = 'Lương Thị Hạnh'.normalize('NFD');
    row[6] = { richText: [{ text: 'Bộ phận ', font: { bold: true } }, { text: 'Một cửa' }] };
    const rows = rowsOf(await read(await buildXlsx([{ rows: [LABELS, row as string[]] }])));
    expect(rows[0]!.cells.fullName).toBe('Lương Thị Hạnh'.normalize('NFC'));
    expect(rows[0]!.cells.workUnit).toBe('Bộ phận Một cửa');
  });

  it('skips blank rows but keeps the spreadsheet row numbers', async () => {
    const rows = rowsOf(await read(await buildXlsx([{ rows: [LABELS, personRow(0), [], ['', '  '], personRow(1), [], []] }])));
    expect(rows.map((r) => r.rowNumber)).toEqual([2, 5]);
  });

  it('reads the first visible sheet with the header: skips hidden sheets and a cover sheet', async () => {
    const bytes = await buildXlsx([
      { name: 'Ẩn', state: 'hidden', rows: [LABELS, personRow(9)] },
      { name: 'Hướng dẫn', rows: [['Điền danh sách ở trang sau']] },
      { name: 'Danh sách', rows: [LABELS, personRow(0), personRow(1)] },
    ]);
    const result = await read(bytes);
    expect(result.ok && result.sheetName).toBe('Danh sách');
    expect(rowsOf(result).map((r) => r.cells.username)).toEqual(['an0', 'an1']);
  });

  it('reads a workbook with inline strings only (no shared strings part)', async () => {
    const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
    const cols = 'ABCDEFGHIJK';
    const rowXml = (r: number, cells: string[]) => `<row r="${r}">${cells.map((c, i) => inline(`${cols[i]}${r}`, c)).join('')}</row>`;
    const bytes = editXlsx(fixture('accounts-valid-libreoffice.xlsx'), (files) => {
      delete files['xl/sharedStrings.xml'];
      files['xl/worksheets/sheet1.xml'] = files['xl/worksheets/sheet1.xml']!.replace(/<sheetData>[\s\S]*<\/sheetData>/, `<sheetData>${rowXml(1, LABELS)}${rowXml(2, personRow(0))}</sheetData>`);
    });
    expect(rowsOf(await read(bytes))[0]!.cells.fullName).toBe('Nguyễn Văn An');
  });

  it('ignores a dimension of 1,048,576 rows and a formatted last row', async () => {
    const base = await buildXlsx([{ rows: [LABELS, personRow(0)] }]);
    const bytes = editXlsx(base, (files) => {
      const sheet = files['xl/worksheets/sheet1.xml']!;
      files['xl/worksheets/sheet1.xml'] = sheet
        .replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:K1048576"/>')
        .replace('</sheetData>', '<row r="1048576" s="0" customFormat="1"><c r="K1048576" s="0"/></row></sheetData>');
    });
    expect(rowsOf(await read(bytes)).map((r) => r.rowNumber)).toEqual([2]);
  });
});

describe('readAccountSheet: CSV encodings and separators', () => {
  it('falls back to Windows-1258 when the bytes are not UTF-8', async () => {
    const text = [LABELS, personRow(0)].map((r) => r.join(',')).join('\r\n');
    const rows = rowsOf(await read(encodeWindows1258(text)));
    expect(rows[0]!.cells.fullName).toBe('Nguyễn Văn An');
    expect(rows[0]!.cells.workUnit).toBe('Văn phòng Sở');
  });

  it('reads Excel "Unicode Text": UTF-16LE with BOM, tab-separated', async () => {
    const text = `${[LABELS, personRow(0)].map((r) => r.join('\t')).join('\r\n')}\r\n`;
    const bytes = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    expect(rowsOf(await read(bytes))[0]!.cells.services).toBe('TRA_CUU_THONG_TIN');
  });

  it('counts a quoted line break as one spreadsheet row', async () => {
    const person = personRow(0);
    person[6] = 'Văn phòng\nSở';
    const rows = rowsOf(await read(csvBytes([LABELS, person, personRow(1)])));
    expect(rows.map((r) => r.rowNumber)).toEqual([2, 3]);
    expect(rows[0]!.cells.workUnit).toBe('Văn phòng\nSở');
  });

  it('refuses an unterminated quote with its row', async () => {
    const bytes = strToU8(`${LABELS.join(',')}\n${personRow(0).join(',')}\n"3,Nguyễn Văn An\n`);
    expect(refusalOf(await read(bytes))).toMatchObject({ code: 'SHEET_CSV_MALFORMED' });
  });
});

describe('readAccountSheet: refusals with advice', () => {
  it('refuses an old .xls (OLE2) and tells to save as .xlsx or .csv', async () => {
    const bytes = new Uint8Array(512);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const refusal = refusalOf(await read(bytes, 'danh-sach.xls'));
    expect(refusal.code).toBe('SHEET_LEGACY_XLS');
    expect(refusal.message).toContain('.xlsx');
  });

  it('refuses an .ods by content, whatever its name', async () => {
    const ods = zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }], 'content.xml': strToU8('<office:document-content/>') });
    const refusal = refusalOf(await read(ods, 'danh-sach.xlsx'));
    expect(refusal.code).toBe('SHEET_ODS');
    expect(refusal.message).toContain('LibreOffice');
  });

  it('refuses a zip that is not a workbook, an empty file and a file over the size limit', async () => {
    expect(refusalOf(await read(zipSync({ 'word/document.xml': strToU8('<w:document/>') }))).code).toBe('SHEET_NOT_XLSX');
    expect(refusalOf(await read(new Uint8Array(0))).code).toBe('SHEET_EMPTY_FILE');
    const big = await readAccountSheet({ bytes: fixture('accounts-valid.csv'), fileName: 'x' }, { maxFileBytes: 100 });
    expect(refusalOf(big).code).toBe('SHEET_FILE_TOO_LARGE');
  });

  it('stops at the data-row limit, counting only rows with content', async () => {
    const rows = [LABELS, ...Array.from({ length: 11 }, (_, i) => personRow(i))];
    expect(refusalOf(await readAccountSheet({ bytes: csvBytes(rows), fileName: 'x' }, { maxDataRows: 10 })).code).toBe('SHEET_TOO_MANY_ROWS');
    const withBlanks = [LABELS, ...Array.from({ length: 10 }, (_, i) => personRow(i)), ...Array.from({ length: 50 }, () => [''])];
    expect(rowsOf(await readAccountSheet({ bytes: csvBytes(withBlanks), fileName: 'x' }, { maxDataRows: 10 }))).toHaveLength(10);
    const xlsx = await buildXlsx([{ rows }]);
    expect(refusalOf(await readAccountSheet({ bytes: xlsx, fileName: 'x' }, { maxDataRows: 10 })).code).toBe('SHEET_TOO_MANY_ROWS');
  });

  it('reports progress through inspect and parse', async () => {
    const phases = new Set<string>();
    await readAccountSheet({ bytes: fixture('accounts-valid-libreoffice.xlsx'), fileName: 'x' }, {}, (p) => phases.add(p.phase));
    expect([...phases]).toEqual(['inspect', 'parse']);
  });
});
