import { describe, expect, it } from 'vitest';
import { readAccountSheet } from './read-account-sheet.js';
import type { SheetReadResult } from './sheet-read-result.js';
import { buildXlsx, editXlsx, fixture, LABELS, personRow } from './testing/workbooks.js';

const read = (bytes: Uint8Array) => readAccountSheet({ bytes, fileName: 'danh-sach.xlsx' });

function rowsOf(result: SheetReadResult) {
  if (!result.ok) throw new Error(`refused: ${result.code} ${result.message}`);
  return result.rows;
}

const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const COLUMNS = 'ABCDEFGHIJK';

describe('readXlsx: the streamed XML', () => {
  it('keeps every Vietnamese character whole where the inflated text is cut into chunks', async () => {
    // Three-byte characters only, in unique strings: the shared strings part runs to hundreds of
    // KiB, so chunk boundaries fall inside characters many times.
    const workUnit = (i: number) => `Ủy ban nhân dân phường Bến Nghé ${i} ${'Ữ'.repeat(40)}`;
    const rows = [LABELS, ...Array.from({ length: 3_000 }, (_, i) => personRow(i).map((c, k) => (k === 6 ? workUnit(i) : c)))];
    const result = rowsOf(await read(await buildXlsx([{ rows }])));
    expect(result).toHaveLength(3_000);
    const broken = result.filter((r, i) => r.cells.workUnit !== workUnit(i) || r.cells.fullName !== 'Nguyễn Văn An');
    expect(broken.map((r) => r.rowNumber)).toEqual([]);
  });

  it('reads elements with a namespace prefix, and rows and cells without an `r` reference', async () => {
    const row = (cells: readonly string[]) => `<x:row>${cells.map((c) => `<x:c t="inlineStr"><x:is><x:t>${c}</x:t></x:is></x:c>`).join('')}</x:row>`;
    const bytes = editXlsx(fixture('accounts-valid-libreoffice.xlsx'), (files) => {
      files['xl/worksheets/sheet1.xml'] =
        '<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
        `<x:sheetData>${row(LABELS)}${row(personRow(0))}${row(personRow(1))}</x:sheetData></x:worksheet>`;
    });
    const rows = rowsOf(await read(bytes));
    expect(rows.map((r) => r.rowNumber)).toEqual([2, 3]);
    expect(rows[1]!.cells).toMatchObject({ fullName: 'Nguyễn Văn An', username: 'an1', services: 'TRA_CUU_THONG_TIN' });
  });

  it('reads CDATA sections as text, and entities in text and attributes', async () => {
    const bytes = editXlsx(fixture('accounts-valid-libreoffice.xlsx'), (files) => {
      const cells = personRow(0).map((c, i) => inline(`${COLUMNS[i]}2`, c));
      cells[1] = '<c r="B2" t="inlineStr"><is><t><![CDATA[Nguyễn <Văn> An]]></t></is></c>';
      cells[6] = '<c r="G2" t="inlineStr"><is><t>Phòng Kế hoạch &amp; Tài chính &#8211; Sở</t></is></c>';
      files['xl/worksheets/sheet1.xml'] = files['xl/worksheets/sheet1.xml']!.replace(/<row r="2"[\s\S]*<\/sheetData>/, `<row r="2">${cells.join('')}</row></sheetData>`);
    });
    const [row] = rowsOf(await read(bytes));
    expect(row!.cells).toMatchObject({ fullName: 'Nguyễn <Văn> An', workUnit: 'Phòng Kế hoạch & Tài chính – Sở' });
  });

  it('refuses a cell reference that is not a column and a row (damaged sheet)', async () => {
    for (const ref of ['ZZZZ2', 'A0', '2', 'A2B']) {
      const bytes = editXlsx(fixture('accounts-valid-libreoffice.xlsx'), (files) => {
        files['xl/worksheets/sheet1.xml'] = files['xl/worksheets/sheet1.xml']!.replace(/<row r="2"[\s\S]*<\/sheetData>/, `<row r="2"><c r="${ref}"><v>1</v></c></row></sheetData>`);
      });
      expect(await read(bytes), ref).toMatchObject({ ok: false, code: 'SHEET_XLSX_MALFORMED' });
    }
  });

  it('refuses any DOCTYPE, even one that declares nothing', async () => {
    const bytes = editXlsx(fixture('accounts-valid-libreoffice.xlsx'), (files) => {
      files['xl/worksheets/sheet1.xml'] = files['xl/worksheets/sheet1.xml']!.replace('?>', '?><!DOCTYPE worksheet>');
    });
    expect(await read(bytes)).toMatchObject({ ok: false, code: 'SHEET_XLSX_MALFORMED' });
  });
});

describe('readXlsx: the workbook', () => {
  it('chooses the first visible sheet in workbook order, not in the order of the sheet files', async () => {
    const bytes = editXlsx(
      await buildXlsx([
        { name: 'Cũ', rows: [LABELS, personRow(0)] },
        { name: 'Mới', rows: [LABELS, personRow(1)] },
      ]),
      (files) => {
        // The user dragged «Mới» in front of «Cũ»: the workbook lists it first, the file names stay.
        const workbook = files['xl/workbook.xml']!;
        const sheets = /<sheets>([\s\S]*)<\/sheets>/.exec(workbook)![1]!;
        const [first, second] = sheets.match(/<sheet [^>]*\/>/g)!;
        files['xl/workbook.xml'] = workbook.replace(sheets, `${second}${first}`);
      },
    );
    const result = await read(bytes);
    expect(result.ok && result.sheetName).toBe('Mới');
    expect(rowsOf(result)[0]!.cells.username).toBe('an1');
  });

  it('reads date cells of a workbook in the 1904 date system', async () => {
    const row: unknown[] = personRow(0);
    row[3] = 31456; // 14/02/1990 counted from 1 January 1904
    const bytes = editXlsx(await buildXlsx([{ rows: [LABELS, row as string[]], numFmt: { 4: 'dd/mm/yyyy' } }]), (files) => {
      files['xl/workbook.xml'] = files['xl/workbook.xml']!.replace(/<workbookPr[^>]*\/>|(<bookViews>)/, '<workbookPr date1904="1"/>$1');
    });
    expect(rowsOf(await read(bytes))[0]!.cells.dateOfBirth).toBe('14/02/1990');
  });

  it('leaves phonetic runs out of a shared string', async () => {
    const bytes = editXlsx(fixture('accounts-valid-libreoffice.xlsx'), (files) => {
      files['xl/sharedStrings.xml'] = files['xl/sharedStrings.xml']!.replace(/<si><t xml:space="preserve">Lương Thị Hạnh<\/t><\/si>|<si><t>Lương Thị Hạnh<\/t><\/si>/, '<si><t>Lương Thị Hạnh</t><rPh sb="0" eb="1"><t>ルオン</t></rPh></si>');
    });
    expect(rowsOf(await read(bytes))[0]!.cells.fullName).toBe('Lương Thị Hạnh');
  });

  it('gives formula cells the result the spreadsheet shows: text, error, boolean', async () => {
    const cells = personRow(0).map((c, i) => inline(`${COLUMNS[i]}2`, c));
    cells[5] = '<c r="F2" t="str"><f>CONCAT("Cán ","bộ")</f><v>Cán bộ</v></c>';
    cells[4] = '<c r="E2" t="b"><f>TRUE()</f><v>1</v></c>';
    cells[0] = '<c r="A2" t="e"><f>1/0</f><v>#DIV/0!</v></c>';
    const bytes = editXlsx(fixture('accounts-valid-libreoffice.xlsx'), (files) => {
      files['xl/worksheets/sheet1.xml'] = files['xl/worksheets/sheet1.xml']!.replace(/<row r="2"[\s\S]*<\/sheetData>/, `<row r="2">${cells.join('')}</row></sheetData>`);
    });
    const [row] = rowsOf(await read(bytes));
    expect(row!.cells).toMatchObject({ position: 'Cán bộ', sex: 'TRUE', index: '#DIV/0!' });
    expect(row!.numericCells).toBeUndefined();
  });
});
