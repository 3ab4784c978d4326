/**
 * Exports an account list as .xlsx or .csv, in the template's layout, so that the file can be
 * edited and imported again: readAccountSheet gives back exactly the same cells (quality.md I2).
 * Rows are written one after another from row 2 (their rowNumber is not kept; the importer
 * numbers rows as the new file does).
 *
 * Formula-looking cells (= + - @ tab CR at the start, OWASP CSV injection):
 * - .xlsx: written as string cells in Text-formatted columns, unchanged; no spreadsheet program
 *   evaluates a string cell, and editing it keeps it text;
 * - .csv: prefixed with one apostrophe (escape-formula.ts), which the CSV reader removes again.
 * An .xlsx cannot hold a carriage return (XML reads it as a line feed); only the CSV keeps it.
 */
import { ACCOUNT_LIST_COLUMNS, type RawAccountRow } from '@ketnoi/domain';
import { addAccountSheet } from './account-sheet-layout.js';
import type { SheetFormat } from './sheet-read-result.js';
import { csvBytes } from './write-csv.js';
import { xlsxBytes } from './xlsx-bytes.js';

/** The row's cells in template order; a missing cell is empty text. */
export const rowTexts = (row: RawAccountRow): string[] => ACCOUNT_LIST_COLUMNS.map((c) => row.cells[c.key] ?? '');

export async function writeAccountList(rows: readonly RawAccountRow[], format: SheetFormat): Promise<Uint8Array> {
  if (format === 'csv') return csvBytes([ACCOUNT_LIST_COLUMNS.map((c) => c.label), ...rows.map(rowTexts)]);
  return xlsxBytes((workbook) => {
    const sheet = addAccountSheet(workbook);
    for (const row of rows) {
      // Empty text stays an empty cell; every other value is a string cell (never a formula).
      sheet.addRow(rowTexts(row).map((text) => (text === '' ? null : text))).commit();
    }
    sheet.commit();
  });
}
