/**
 * Read + validate an account-list file in one call: the single implementation behind
 * `ketnoi accounts check` and the web import, so both report the same findings.
 */
import {
  ACCOUNT_LIST_COLUMNS,
  type AccountListColumn,
  type AccountListContext,
  type AccountRowFinding,
  validateAccountList,
} from '@ketnoi/domain';
import { readAccountSheet, type SheetInput } from './read-account-sheet.js';
import type { SheetLimits } from './sheet-limits.js';
import type { OnSheetProgress } from './sheet-read-result.js';

export interface AccountFileFinding {
  /** The spreadsheet's row number (header = 1, first person = 2). */
  readonly row: number;
  /** The template's header label, as people see it in their spreadsheet. */
  readonly column: string;
  readonly code: string;
  /** Vietnamese; never contains the personal data itself. */
  readonly message: string;
}

export type AccountFileCheck =
  | { readonly kind: 'unreadable'; readonly code: string; readonly message: string }
  | {
      readonly kind: 'checked';
      readonly format: 'xlsx' | 'csv';
      readonly sheetName: string;
      /** Data rows read (rows with any content under the header). */
      readonly rows: number;
      /** Rows without any error (warnings allowed). */
      readonly valid: number;
      readonly errors: readonly AccountFileFinding[];
      readonly warnings: readonly AccountFileFinding[];
    };

const LABELS = new Map<AccountListColumn, string>(ACCOUNT_LIST_COLUMNS.map((c) => [c.key, c.label]));
const ORDER = new Map<AccountListColumn, number>(ACCOUNT_LIST_COLUMNS.map((c, i) => [c.key, i]));

export async function checkAccountFile(
  input: SheetInput,
  ctx: AccountListContext,
  limits?: Partial<SheetLimits>,
  onProgress?: OnSheetProgress,
): Promise<AccountFileCheck> {
  const read = await readAccountSheet(input, limits, onProgress);
  if (!read.ok) return { kind: 'unreadable', code: read.code, message: read.message };
  const { findings, validRows } = validateAccountList(read.rows, ctx);
  const sorted = [...findings].sort(byPosition);
  return {
    kind: 'checked',
    format: read.format,
    sheetName: read.sheetName,
    rows: read.rows.length,
    valid: validRows,
    errors: sorted.filter((f) => f.severity === 'error').map(toFinding),
    warnings: sorted.filter((f) => f.severity === 'warning').map(toFinding),
  };
}

const byPosition = (a: AccountRowFinding, b: AccountRowFinding): number => a.row - b.row || (ORDER.get(a.column) ?? 0) - (ORDER.get(b.column) ?? 0);

const toFinding = (f: AccountRowFinding): AccountFileFinding => ({
  row: f.row,
  column: LABELS.get(f.column) ?? f.column,
  code: f.code,
  message: f.message,
});
