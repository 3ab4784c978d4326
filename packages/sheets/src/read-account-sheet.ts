/**
 * The one entry point for reading an uploaded account list (part 2 of the dossier), shared by
 * the CLI and the web import. The format is decided by content, never by the file name:
 * zip → .xlsx (an .ods is a zip too, and is refused with advice), OLE2 → old .xls (refused
 * with advice), text → CSV. Every failure is returned as a Vietnamese refusal; nothing throws.
 */
import { readCsv } from './read-csv.js';
import { readXlsx } from './read-xlsx.js';
import { DEFAULT_SHEET_LIMITS, type SheetLimits } from './sheet-limits.js';
import { ODS_MESSAGE, type OnSheetProgress, refusal, type SheetReadResult, SheetRefusalError } from './sheet-read-result.js';
import { formatMiB } from './zip-directory.js';

export interface SheetInput {
  readonly bytes: Uint8Array;
  /** Only for messages and logs; the content decides the format. */
  readonly fileName: string;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ODS_MIMETYPE = 'mimetypeapplication/vnd.oasis.opendocument.spreadsheet';

export async function readAccountSheet(input: SheetInput, limits?: Partial<SheetLimits>, onProgress?: OnSheetProgress): Promise<SheetReadResult> {
  const bounds: SheetLimits = { ...DEFAULT_SHEET_LIMITS, ...limits };
  const { bytes } = input;
  try {
    if (bytes.byteLength === 0) {
      return refusal('SHEET_EMPTY_FILE', 'Tệp trống (0 byte). Hãy chọn lại tệp danh sách tài khoản.');
    }
    if (bytes.byteLength > bounds.maxFileBytes) {
      return refusal('SHEET_FILE_TOO_LARGE', `Tệp lớn hơn ${formatMiB(bounds.maxFileBytes)}. Hãy chia danh sách thành nhiều tệp nhỏ hơn.`);
    }
    onProgress?.({ phase: 'inspect', done: 0, total: null });
    if (startsWith(bytes, OLE2_MAGIC)) {
      // Password-protected .xlsx files are OLE2 containers too.
      return refusal(
        'SHEET_LEGACY_XLS',
        'Tệp là bảng tính Excel đời cũ (.xls) hoặc tệp được đặt mật khẩu. Hãy mở bằng Excel, gỡ mật khẩu nếu có, rồi chọn Lưu thành (Save As) «Sổ làm việc Excel (.xlsx)» hoặc «CSV UTF-8».',
      );
    }
    if (startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, EMPTY_ZIP_MAGIC)) {
      // OpenDocument puts an uncompressed `mimetype` entry first (ODF 1.2 part 3, §3.3).
      if (asciiAt(bytes, 30, ODS_MIMETYPE.length).startsWith(ODS_MIMETYPE)) {
        return refusal('SHEET_ODS', ODS_MESSAGE);
      }
      return await readXlsx(bytes, bounds, onProgress);
    }
    return readCsv(bytes, bounds, onProgress);
  } catch (e) {
    if (e instanceof SheetRefusalError) return e.refusal;
    // Anything else is a file the libraries could not make sense of; the details stay out of
    // the message (they may quote the file's content).
    return refusal('SHEET_UNREADABLE', 'Không đọc được tệp: tệp bị hỏng hoặc không đúng định dạng .xlsx/.csv. Hãy mở bằng Excel và lưu lại dưới dạng .xlsx hoặc CSV UTF-8.');
  }
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function asciiAt(bytes: Uint8Array, offset: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(offset, offset + length));
}
