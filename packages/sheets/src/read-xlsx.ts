/**
 * Reads the account list from an .xlsx with exceljs's streaming reader, after the zip has been
 * inspected (zip-directory.ts) and every part it will inflate has been counted (bounded-inflate.ts).
 * Sheet choice: the first visible worksheet, in workbook order, whose row 1 is the template header;
 * when none has it, the refusal describes the first visible sheet's header.
 */
import ExcelJS from 'exceljs';
import type { Row } from 'exceljs';
import { checkHeader } from './account-header.js';
import { AccountRowCollector } from './account-rows.js';
import { checkInflatedSize } from './bounded-inflate.js';
import { cellText, type CellText } from './cell-text.js';
import type { SheetLimits } from './sheet-limits.js';
import { ODS_MESSAGE, type OnSheetProgress, refuse, type SheetReadResult, type SheetRefusal, SheetRefusalError } from './sheet-read-result.js';
import { hasWorksheet, workbookParts, workbookPartsStream } from './workbook-parts-stream.js';
import { readZipDirectory } from './zip-directory.js';

const PROGRESS_EVERY = 5_000;

export async function readXlsx(bytes: Uint8Array, limits: SheetLimits, onProgress?: OnSheetProgress): Promise<SheetReadResult> {
  const directory = readZipDirectory(bytes, limits);
  const { bytes: partBytes, parts } = workbookParts(directory, bytes);
  if (!directory.entries.has('xl/workbook.xml') && directory.entries.has('content.xml')) {
    refuse('SHEET_ODS', ODS_MESSAGE);
  }
  if (!directory.entries.has('xl/workbook.xml') || !hasWorksheet(parts)) {
    refuse('SHEET_NOT_XLSX', 'Tệp nén này không phải bảng tính Excel (.xlsx) hoặc không có trang tính nào. Hãy dùng tệp mẫu .xlsx hoặc .csv.');
  }

  const total = parts.reduce((sum, e) => sum + e.compressedSize, 0);
  let done = 0;
  for (const entry of parts) {
    await checkInflatedSize(partBytes, entry);
    done += entry.compressedSize;
    onProgress?.({ phase: 'inspect', done, total });
  }

  const input = workbookPartsStream(partBytes, parts);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    worksheets: 'emit',
    entries: 'ignore',
  });
  let firstMismatch: SheetRefusal | null = null;
  try {
    for await (const worksheet of reader) {
      const { name, state } = worksheet as unknown as { name?: string; state?: string };
      if (state === 'hidden' || state === 'veryHidden') continue;
      const collector = new AccountRowCollector(limits);
      let header: SheetRefusal | null | undefined;
      let seen = 0;
      for await (const row of worksheet) {
        const rowNumber = row.number;
        if (header === undefined) {
          header = checkHeader(rowNumber === 1 ? headerLabels(row, limits.maxColumns) : []);
          if (header) break;
          if (rowNumber === 1) continue;
        }
        collector.add(rowNumber, (i) => cellOf(row, i + 1));
        if (++seen % PROGRESS_EVERY === 0) onProgress?.({ phase: 'parse', done: seen, total: null });
      }
      // A sheet with no rows at all has no header either.
      if (header === undefined) header = checkHeader([]);
      if (header) {
        firstMismatch ??= header;
        continue;
      }
      onProgress?.({ phase: 'parse', done: seen, total: null });
      return { ok: true, format: 'xlsx', sheetName: name ?? '', rows: collector.rows };
    }
  } catch (e) {
    if (e instanceof SheetRefusalError) throw e;
    // exceljs and its XML parser throw on broken XML, undefined entities (no DTD expansion
    // ever happens) and cell references they cannot decode: the workbook content is damaged.
    refuse('SHEET_XLSX_MALFORMED', 'Nội dung bảng tính .xlsx bị hỏng hoặc không đúng chuẩn. Hãy mở bằng Excel hoặc LibreOffice và lưu lại dưới dạng .xlsx.');
  } finally {
    input.destroy();
  }
  return firstMismatch ?? refuse('SHEET_NOT_XLSX', 'Tệp không có trang tính nào đang hiển thị. Hãy hiện trang tính chứa danh sách rồi lưu lại.');
}

function headerLabels(row: Row, maxColumns: number): string[] {
  const labels: string[] = [];
  for (let c = 1; c <= maxColumns; c++) labels.push(cellOf(row, c).text);
  return labels;
}

function cellOf(row: Row, column: number): CellText {
  const cell = row.findCell(column);
  if (!cell) return { text: '', numeric: false };
  return cellText(cell.value, isDateFormat(cell.numFmt));
}

/** A number format shows a date when it has day or year tokens outside quotes and [..] sections. */
function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '').replace(/\\./g, '');
  return /[dy]/i.test(bare);
}
