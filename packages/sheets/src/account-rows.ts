/**
 * Collects data rows under the header for both formats: one place decides which rows count,
 * where the row limit bites and how cells map to the template's columns.
 */
import { ACCOUNT_LIST_COLUMNS, type AccountListColumn, type RawAccountRow } from '@ketnoi/domain';
import type { CellText } from './cell-text.js';
import type { SheetLimits } from './sheet-limits.js';
import { refuse } from './sheet-read-result.js';

export const COLUMN_COUNT = ACCOUNT_LIST_COLUMNS.length;
const KEYS: readonly AccountListColumn[] = ACCOUNT_LIST_COLUMNS.map((c) => c.key);

export class AccountRowCollector {
  readonly rows: RawAccountRow[] = [];
  private lastRowNumber = 1;

  constructor(private readonly limits: SheetLimits) {}

  /**
   * `cellAt(i)` gives the cell of template column i (0-based). Rows whose cells are all blank
   * are skipped (formatting alone makes rows exist; trailing ones are common), and do not count
   * towards the limit. Row numbers are the spreadsheet's, so messages point where people look.
   */
  add(rowNumber: number, cellAt: (index: number) => CellText): void {
    if (!Number.isSafeInteger(rowNumber) || rowNumber <= this.lastRowNumber || rowNumber > 1_048_576) {
      refuse('SHEET_MALFORMED', 'Tệp có thứ tự dòng không hợp lệ (tệp bị hỏng hoặc do phần mềm lạ tạo ra). Hãy mở bằng Excel hoặc LibreOffice và lưu lại.');
    }
    this.lastRowNumber = rowNumber;
    const cells = {} as Record<AccountListColumn, string>;
    const numericCells: AccountListColumn[] = [];
    let blank = true;
    for (let i = 0; i < COLUMN_COUNT; i++) {
      const key = KEYS[i]!;
      const cell = cellAt(i);
      cells[key] = cell.text;
      if (cell.numeric) numericCells.push(key);
      if (blank && cell.text.trim() !== '') blank = false;
    }
    if (blank) return;
    if (this.rows.length >= this.limits.maxDataRows) {
      refuse('SHEET_TOO_MANY_ROWS', `Danh sách có hơn ${this.limits.maxDataRows.toLocaleString('vi-VN')} dòng dữ liệu. Hãy chia thành nhiều tệp nhỏ hơn.`);
    }
    this.rows.push(numericCells.length ? { rowNumber, cells, numericCells } : { rowNumber, cells });
  }
}
