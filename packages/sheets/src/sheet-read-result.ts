import type { RawAccountRow } from '@ketnoi/domain';

export type SheetFormat = 'xlsx' | 'csv';

/** Why a file could not be read at all. Stable codes; the message is Vietnamese and never quotes personal data. */
export interface SheetRefusal {
  readonly ok: false;
  readonly code: string;
  readonly message: string;
}

export type SheetReadResult =
  | { readonly ok: true; readonly format: SheetFormat; readonly sheetName: string; readonly rows: RawAccountRow[] }
  | SheetRefusal;

export interface SheetProgress {
  readonly phase: 'inspect' | 'parse';
  readonly done: number;
  readonly total: number | null;
}

export type OnSheetProgress = (progress: SheetProgress) => void;

export const refusal = (code: string, message: string): SheetRefusal => ({ ok: false, code, message });

/**
 * Thrown inside the reader to stop at the first bound crossed; caught at the top and returned
 * as a SheetRefusal (expected failures are results, not crashes).
 */
export class SheetRefusalError extends Error {
  constructor(readonly refusal: SheetRefusal) {
    super(refusal.code);
  }
}

export const refusalError = (code: string, message: string): SheetRefusalError => new SheetRefusalError(refusal(code, message));

export function refuse(code: string, message: string): never {
  throw refusalError(code, message);
}

export const ODS_MESSAGE =
  'Tệp là bảng tính OpenDocument (.ods). Hãy mở bằng LibreOffice Calc và chọn Lưu thành (Save As) định dạng «Excel 2007-365 (.xlsx)» hoặc «CSV».';
