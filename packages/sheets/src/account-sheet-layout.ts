/**
 * The account-list sheet as ketnoi writes it (template, export, error copy): row 1 is exactly the
 * template's labels (domain.md §5), styled and frozen; every column is formatted as Text (`@`), so
 * that Excel keeps the leading zero of an ID number, the `+` of `+84…`, a `dd/MM/yyyy` date as typed,
 * and never turns a cell beginning with `=` into a formula when someone edits it.
 */
import { ACCOUNT_LIST_COLUMNS, type AccountListColumn } from '@ketnoi/domain';
import type ExcelJS from 'exceljs';
import type { XlsxWriter } from './xlsx-bytes.js';

export const ACCOUNT_SHEET_NAME = 'Danh sách tài khoản';
export const TEXT_FORMAT = '@';

/** Widths in characters, wide enough for typical content of each column. */
const WIDTHS: Readonly<Record<AccountListColumn, number>> = {
  index: 6,
  fullName: 28,
  personalId: 20,
  dateOfBirth: 13,
  sex: 10,
  position: 22,
  workUnit: 32,
  phone: 16,
  email: 30,
  username: 20,
  services: 40,
};

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF8EA9C1' } };

export const HEADER_STYLE: Partial<ExcelJS.Style> = {
  numFmt: TEXT_FORMAT,
  font: { name: 'Calibri', size: 11, bold: true, color: { argb: 'FF1F3864' } },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } },
  alignment: { vertical: 'middle', horizontal: 'center', wrapText: true },
  border: { top: THIN, left: THIN, bottom: THIN, right: THIN },
};

export interface ExtraColumn {
  readonly label: string;
  readonly width: number;
  /** A note on the header cell. */
  readonly note?: string;
}

/**
 * Adds the account-list sheet and commits its header row. Columns after the template's (the error
 * copy's "Lỗi cần sửa") come last, so the template's columns keep their positions.
 */
export function addAccountSheet(workbook: XlsxWriter, extra: readonly ExtraColumn[] = []): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(ACCOUNT_SHEET_NAME, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }],
  });
  sheet.columns = [
    ...ACCOUNT_LIST_COLUMNS.map((c) => ({ key: c.key, width: WIDTHS[c.key], style: { numFmt: TEXT_FORMAT } })),
    ...extra.map((c) => ({ width: c.width, style: { numFmt: TEXT_FORMAT } })),
  ];
  const header = sheet.getRow(1);
  header.height = 33;
  const labels = [...ACCOUNT_LIST_COLUMNS.map((c) => c.label), ...extra.map((c) => c.label)];
  labels.forEach((label, i) => {
    const cell = header.getCell(i + 1);
    cell.value = label;
    cell.style = HEADER_STYLE;
  });
  extra.forEach((c, i) => {
    if (c.note) header.getCell(ACCOUNT_LIST_COLUMNS.length + i + 1).note = c.note;
  });
  header.commit();
  return sheet;
}

/** The 1-based column of a template key. */
export const columnNumberOf = (key: AccountListColumn): number => ACCOUNT_LIST_COLUMNS.findIndex((c) => c.key === key) + 1;

/** Column letter of a 1-based column number (A–Z is enough: the template has 11 columns, plus one). */
export const columnLetter = (column: number): string => String.fromCharCode(64 + column);

/**
 * Writes text into a cell as a string cell. Empty text leaves the cell empty (the column's Text
 * format still applies when someone types into it).
 */
export function setText(cell: ExcelJS.Cell, text: string): void {
  if (text !== '') cell.value = text;
}
