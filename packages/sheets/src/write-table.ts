/**
 * Report tables (the national dashboard's views) as .xlsx or .csv.
 *
 * - .xlsx: one worksheet per table, the header row styled and frozen; counts are number cells
 *   (`#,##0`), shares number cells shown as percentages, everything else string cells in
 *   Text-formatted columns — a string cell is never evaluated, whatever it begins with.
 * - .csv: one table; UTF-8 with BOM, CRLF, and any field beginning with = + - @ tab or CR escaped
 *   with an apostrophe (write-csv.ts); counts as plain digits, shares as Vietnamese percentages
 *   ("87,5%").
 */
import { HEADER_STYLE, TEXT_FORMAT } from './account-sheet-layout.js';
import type { SheetFormat } from './sheet-read-result.js';
import { csvBytes } from './write-csv.js';
import { xlsxBytes } from './xlsx-bytes.js';

export type TableCell = string | number | null;

export interface TableColumn {
  readonly label: string;
  /** text (default), count (an integer) or share (a fraction 0..1, shown as a percentage). */
  readonly kind?: 'text' | 'count' | 'share';
  /** Width in characters; by default wide enough for the label and the longest cell (at most 60). */
  readonly width?: number;
}

export interface SheetTable {
  /** The worksheet's name (cut to Excel's 31 characters, without []:*?/\). */
  readonly name: string;
  readonly columns: readonly TableColumn[];
  readonly rows: readonly (readonly TableCell[])[];
}

const SHARE_VI = new Intl.NumberFormat('vi-VN', { style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: 1 });

/** The text of a cell in a CSV file. */
function csvText(cell: TableCell, column: TableColumn): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return column.kind === 'share' ? SHARE_VI.format(cell).replace(/\s/g, '') : String(cell);
  return cell;
}

export const sheetName = (name: string): string => name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31).trim() || 'Sheet1';

export async function writeTables(tables: readonly SheetTable[], format: SheetFormat): Promise<Uint8Array> {
  if (format === 'csv') {
    if (tables.length !== 1) throw new Error(`a CSV file holds one table, not ${tables.length}`);
    const [table] = tables as [SheetTable];
    return csvBytes([table.columns.map((c) => c.label), ...table.rows.map((row) => table.columns.map((c, i) => csvText(row[i] ?? null, c)))]);
  }
  return xlsxBytes((workbook) => {
    const used = new Set<string>();
    for (const table of tables) {
      let name = sheetName(table.name);
      for (let n = 2; used.has(name.toLowerCase()); n += 1) name = `${sheetName(table.name).slice(0, 27)} (${n})`;
      used.add(name.toLowerCase());
      const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }] });
      sheet.columns = table.columns.map((c, i) => ({
        width: c.width ?? Math.min(60, Math.max(c.label.length, ...table.rows.map((r) => String(r[i] ?? '').length)) + 2),
        style: { numFmt: c.kind === 'count' ? '#,##0' : c.kind === 'share' ? '0.0%' : TEXT_FORMAT },
      }));
      const header = sheet.getRow(1);
      table.columns.forEach((c, i) => {
        const cell = header.getCell(i + 1);
        cell.value = c.label;
        cell.style = HEADER_STYLE;
      });
      header.commit();
      for (const row of table.rows) {
        // Numbers only in count and share columns; anything else is written as text.
        sheet.addRow(table.columns.map((c, i) => {
          const cell = row[i] ?? null;
          if (cell === null || cell === '') return null;
          return c.kind === 'count' || c.kind === 'share' ? (typeof cell === 'number' ? cell : Number(cell)) : String(cell);
        })).commit();
      }
      sheet.commit();
    }
  });
}
