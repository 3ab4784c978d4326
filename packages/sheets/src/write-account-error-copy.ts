/**
 * A copy of an uploaded account list that shows what to fix (the GOV.UK Notify habit of pointing
 * at rows and columns): the same cells as text, each cell with an error filled light red, and a
 * last column «Lỗi cần sửa» listing the row's messages as "column: message", one per line.
 *
 * Each person stays on the row number it had in the uploaded file, so that the messages on screen
 * ("dòng 7") and those quoting other rows ("trùng với dòng 3") point at the same rows here; rows
 * with errors are marked by the filled cells and the error column, and the header carries an
 * autofilter to show only them. Cells are string cells in Text columns, as in write-account-list.ts.
 */
import { ACCOUNT_LIST_COLUMNS, type RawAccountRow } from '@ketnoi/domain';
import type ExcelJS from 'exceljs';
import { addAccountSheet, columnLetter } from './account-sheet-layout.js';
import { rowTexts } from './write-account-list.js';
import { xlsxBytes } from './xlsx-bytes.js';

export interface AccountErrorFinding {
  /** The spreadsheet row number, as RawAccountRow.rowNumber. */
  readonly row: number;
  /** A template column key (AccountListColumn); other values are listed under their own name. */
  readonly column: string;
  readonly message: string;
}

export { ERROR_COLUMN_LABEL } from './account-header.js';
import { ERROR_COLUMN_LABEL } from './account-header.js';
const ERROR_COLUMN = ACCOUNT_LIST_COLUMNS.length + 1;
const LAST_ROW = 1_048_576;

const ERROR_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } };
const ERROR_FONT: Partial<ExcelJS.Font> = { name: 'Calibri', size: 11, color: { argb: 'FF9C0006' } };

export async function writeAccountErrorCopy(rows: readonly RawAccountRow[], findings: readonly AccountErrorFinding[]): Promise<Uint8Array> {
  const byRow = new Map<number, AccountErrorFinding[]>();
  for (const f of findings) {
    const list = byRow.get(f.row);
    if (list) list.push(f);
    else byRow.set(f.row, [f]);
  }
  // Rows as the reader gives them are strictly increasing from 2; anything else is laid out in order.
  const keepNumbers = rows.every((r, i) => Number.isSafeInteger(r.rowNumber) && r.rowNumber >= 2 && r.rowNumber <= LAST_ROW && (i === 0 || r.rowNumber > rows[i - 1]!.rowNumber));

  return xlsxBytes((workbook) => {
    const sheet = addAccountSheet(workbook, [
      { label: ERROR_COLUMN_LABEL, width: 70, note: 'Cột này chỉ ra lỗi của từng dòng. Sửa các ô tô đỏ rồi tải tệp lên lại; cột này được bỏ qua khi nhập.' },
    ]);
    let last = 1;
    rows.forEach((raw, i) => {
      const row = sheet.getRow(keepNumbers ? raw.rowNumber : i + 2);
      last = row.number;
      rowTexts(raw).forEach((text, c) => {
        if (text !== '') row.getCell(c + 1).value = text;
      });
      const mine = byRow.get(raw.rowNumber);
      if (mine) {
        const lines: string[] = [];
        for (const f of mine) {
          const index = ACCOUNT_LIST_COLUMNS.findIndex((c) => c.key === f.column || c.label === f.column);
          if (index >= 0) row.getCell(index + 1).fill = ERROR_FILL;
          lines.push(`${index >= 0 ? ACCOUNT_LIST_COLUMNS[index]!.label : f.column}: ${f.message}`);
        }
        const cell = row.getCell(ERROR_COLUMN);
        cell.value = lines.join('\n');
        cell.fill = ERROR_FILL;
        cell.font = ERROR_FONT;
        cell.alignment = { wrapText: true, vertical: 'top' };
      }
      row.commit();
    });
    sheet.autoFilter = `A1:${columnLetter(ERROR_COLUMN)}${last}`;
    sheet.commit();
  });
}
