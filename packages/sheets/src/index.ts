export { readAccountSheet, type SheetInput } from './read-account-sheet.js';
export { checkAccountFile, type AccountFileCheck, type AccountFileFinding } from './check-account-file.js';
export { DEFAULT_SHEET_LIMITS, type SheetLimits } from './sheet-limits.js';
export type { OnSheetProgress, SheetFormat, SheetProgress, SheetReadResult, SheetRefusal } from './sheet-read-result.js';
export { writeAccountTemplate, type AccountTemplateOptions } from './write-account-template.js';
export { writeAccountList } from './write-account-list.js';
export { writeAccountErrorCopy, ERROR_COLUMN_LABEL, type AccountErrorFinding } from './write-account-error-copy.js';
export { writeTables, type SheetTable, type TableCell, type TableColumn } from './write-table.js';
