/**
 * Reads the account list from an .xlsx, after the zip has been inspected (zip-directory.ts) and
 * every part it will inflate has been counted (bounded-inflate.ts). The worksheet is streamed
 * through a SAX parser (workbook-parts-stream.ts): only the cells of the columns looked at are
 * kept, row by row. Sheet choice: the first visible worksheet, in workbook order, whose row 1 is
 * the template header; when none has it, the refusal describes the first visible sheet's header.
 */
import { checkHeader } from './account-header.js';
import { AccountRowCollector, COLUMN_COUNT } from './account-rows.js';
import { checkInflatedSize } from './bounded-inflate.js';
import { EMPTY_CELL, xlsxCellText, type CellText, type XlsxBook } from './cell-text.js';
import type { SheetLimits } from './sheet-limits.js';
import { ODS_MESSAGE, type OnSheetProgress, refuse, type SheetReadResult, type SheetRefusal, SheetRefusalError } from './sheet-read-result.js';
import { localName, parsePart } from './workbook-parts-stream.js';
import { hasWorksheet, partsToRead, readDateStyles, readSharedStrings, readWorkbook, WORKBOOK } from './xlsx-workbook.js';
import { readZipDirectory, type ZipDirectory } from './zip-directory.js';

const PROGRESS_EVERY = 5_000;

export async function readXlsx(bytes: Uint8Array, limits: SheetLimits, onProgress?: OnSheetProgress): Promise<SheetReadResult> {
  const directory = readZipDirectory(bytes, limits);
  if (!directory.entries.has(WORKBOOK) && directory.entries.has('content.xml')) {
    refuse('SHEET_ODS', ODS_MESSAGE);
  }
  if (!directory.entries.has(WORKBOOK) || !hasWorksheet(directory)) {
    refuse('SHEET_NOT_XLSX', 'Tệp nén này không phải bảng tính Excel (.xlsx) hoặc không có trang tính nào. Hãy dùng tệp mẫu .xlsx hoặc .csv.');
  }

  const parts = partsToRead(directory).map((name) => directory.entries.get(name)!);
  const total = parts.reduce((sum, e) => sum + e.compressedSize, 0);
  let done = 0;
  for (const entry of parts) {
    await checkInflatedSize(bytes, entry);
    done += entry.compressedSize;
    onProgress?.({ phase: 'inspect', done, total });
  }

  let firstMismatch: SheetRefusal | null = null;
  try {
    const workbook = await readWorkbook(bytes, directory);
    const dateStyles = await readDateStyles(bytes, directory);
    const book: XlsxBook = { sharedStrings: await readSharedStrings(bytes, directory), date1904: workbook.date1904 };
    for (const sheet of workbook.sheets) {
      if (sheet.state === 'hidden' || sheet.state === 'veryHidden') continue;
      const outcome = await readSheet(bytes, directory, sheet.part, { limits, book, dateStyles, onProgress });
      if (outcome.ok) return { ok: true, format: 'xlsx', sheetName: sheet.name, rows: outcome.rows };
      firstMismatch ??= outcome.header;
    }
  } catch (e) {
    if (e instanceof SheetRefusalError) throw e;
    // saxes throws on broken XML and undefined entities, parsePart on any DOCTYPE (no entity is
    // ever expanded): the workbook content is damaged.
    refuse('SHEET_XLSX_MALFORMED', 'Nội dung bảng tính .xlsx bị hỏng hoặc không đúng chuẩn. Hãy mở bằng Excel hoặc LibreOffice và lưu lại dưới dạng .xlsx.');
  }
  return firstMismatch ?? refuse('SHEET_NOT_XLSX', 'Tệp không có trang tính nào đang hiển thị. Hãy hiện trang tính chứa danh sách rồi lưu lại.');
}

interface SheetContext {
  readonly limits: SheetLimits;
  readonly book: XlsxBook;
  readonly dateStyles: readonly boolean[];
  readonly onProgress: OnSheetProgress | undefined;
}

type SheetOutcome = { readonly ok: true; readonly rows: AccountRowCollector['rows'] } | { readonly ok: false; readonly header: SheetRefusal };

/**
 * One worksheet's `<sheetData>` (§18.3.1.80): rows and cells, where `r` attributes are optional
 * (a row or cell without one follows the previous). Stops at a header that is not the template's.
 */
async function readSheet(bytes: Uint8Array, directory: ZipDirectory, part: string, ctx: SheetContext): Promise<SheetOutcome> {
  const { limits, book, dateStyles, onProgress } = ctx;
  const collector = new AccountRowCollector(limits);
  let header: SheetRefusal | null | undefined;
  let seen = 0;

  let inSheetData = false;
  let inRow = false;
  let rowNumber = 0;
  let cells: (CellText | undefined)[] = [];
  // Row 1 may carry the header in any of the first maxColumns columns; data rows need the template's.
  let columnLimit = limits.maxColumns;
  let column = 0;
  let inCell = false;
  let styleIsDate = false;
  const cell: { type: string | undefined; value: string | null; inline: string | null } = { type: undefined, value: null, inline: null };
  let capture: 0 | 1 | 2 = 0; // 1: <v> text, 2: <t> text of an inline string
  let inPhonetic = false;

  const endRow = () => {
    if (header === undefined) {
      header = checkHeader(rowNumber === 1 ? headerLabels(cells, limits.maxColumns) : []);
      columnLimit = COLUMN_COUNT;
      if (header || rowNumber === 1) return;
    }
    const row = cells;
    collector.add(rowNumber, (i) => row[i] ?? EMPTY_CELL);
    if (++seen % PROGRESS_EVERY === 0) onProgress?.({ phase: 'parse', done: seen, total: null });
  };

  const open = (name: string, attributes: Readonly<Record<string, string>>): void => {
    switch (name) {
      case 'sheetData':
        inSheetData = true;
        break;
      case 'row':
        if (!inSheetData) break;
        inRow = true;
        rowNumber = attributes['r'] === undefined ? rowNumber + 1 : Number.parseInt(attributes['r'], 10);
        cells = [];
        column = 0;
        break;
      case 'c': {
        if (!inRow) break;
        inCell = true;
        column = columnOf(attributes['r'], column);
        cell.type = attributes['t'];
        cell.value = null;
        cell.inline = null;
        const style = attributes['s'];
        styleIsDate = style !== undefined && dateStyles[Number.parseInt(style, 10)] === true;
        break;
      }
      case 'v':
        if (inCell) {
          cell.value = '';
          capture = 1;
        }
        break;
      case 'is':
        if (inCell) cell.inline = '';
        break;
      case 'rPh':
        inPhonetic = true;
        break;
      case 't':
        if (inCell && cell.inline !== null && !inPhonetic) capture = 2;
        break;
      default:
        // A prefixed name (`x:c`): rare, so compared without the prefix only here.
        if (name.includes(':')) open(localName(name), attributes);
    }
  };

  const close = (name: string): void => {
    switch (name) {
      case 'v':
      case 't':
        capture = 0;
        break;
      case 'rPh':
        inPhonetic = false;
        break;
      case 'c':
        if (inCell && column >= 1 && column <= columnLimit) cells[column - 1] = xlsxCellText(cell, styleIsDate, book);
        inCell = false;
        capture = 0;
        break;
      case 'row':
        if (inRow) endRow();
        inRow = false;
        break;
      case 'sheetData':
        inSheetData = false;
        break;
      default:
        if (name.includes(':')) close(localName(name));
    }
  };

  await parsePart(bytes, directory.entries.get(part)!, {
    done: () => header !== undefined && header !== null,
    open(tag) {
      if (!header) open(tag.name, tag.attributes);
    },
    text(text) {
      if (capture === 1) cell.value += text;
      else if (capture === 2) cell.inline += text;
    },
    close(tag) {
      if (!header) close(tag.name);
    },
  });
  // A sheet with no rows at all has no header either.
  if (header === undefined) header = checkHeader([]);
  if (header) return { ok: false, header };
  onProgress?.({ phase: 'parse', done: seen, total: null });
  return { ok: true, rows: collector.rows };
}

function headerLabels(cells: readonly (CellText | undefined)[], maxColumns: number): string[] {
  const labels: string[] = [];
  for (let c = 0; c < maxColumns; c++) labels.push(cells[c]?.text ?? '');
  return labels;
}

/**
 * Column number (1-based) of a cell reference such as `K12` (ST_CellRef: 1–3 letters up to XFD,
 * then a row number from 1); a cell without a reference follows the previous one. Anything else
 * is a damaged sheet (thrown, and refused as malformed).
 */
function columnOf(ref: string | undefined, previous: number): number {
  if (ref === undefined) return previous + 1;
  let column = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 65 && code <= 90) column = column * 26 + (code - 64);
    else if (code >= 97 && code <= 122) column = column * 26 + (code - 96);
    else break;
  }
  let valid = i >= 1 && i <= 3 && column <= 16_384 && i < ref.length && ref.charCodeAt(i) !== 48;
  for (let k = i; valid && k < ref.length; k++) {
    const code = ref.charCodeAt(k);
    valid = code >= 48 && code <= 57;
  }
  if (!valid) throw new Error('unreadable cell reference');
  return column;
}
