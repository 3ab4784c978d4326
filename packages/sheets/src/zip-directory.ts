/**
 * Reads a zip's central directory WITHOUT inflating anything, and refuses the archive when
 * its declared shape exceeds the limits (zip bombs, 10⁵ entries, `../` names, encryption).
 * Declared sizes can lie: the bytes are counted again while inflating (bounded-inflate.ts).
 * Format: PKWARE APPNOTE 6.3.10, §4.3.12 (central directory), §4.3.16 (end record).
 */
import type { SheetLimits } from './sheet-limits.js';
import { refuse } from './sheet-read-result.js';

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  /** Where the compressed bytes start (after the local header, its name and extra field). */
  readonly dataOffset: number;
}

export interface ZipDirectory {
  readonly entries: ReadonlyMap<string, ZipEntry>;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;
const MAX_COMMENT = 0xffff;
/** Entries this small cannot be bombs; their ratio is not checked (tiny XML can compress > 200×). */
const RATIO_EXEMPT_BYTES = 64 * 1024;

export const ZIP_MALFORMED = 'SHEET_ZIP_MALFORMED';
export const ZIP_MALFORMED_MESSAGE = 'Tệp .xlsx bị hỏng hoặc không đầy đủ. Hãy mở lại bằng Excel và lưu lại dưới dạng .xlsx.';
const MALFORMED = ZIP_MALFORMED;
const malformedMessage = ZIP_MALFORMED_MESSAGE;

export function readZipDirectory(bytes: Uint8Array, limits: SheetLimits): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) refuse(MALFORMED, malformedMessage);

  const diskNumber = view.getUint16(eocd + 4, true);
  const centralDisk = view.getUint16(eocd + 6, true);
  const entriesOnDisk = view.getUint16(eocd + 8, true);
  const totalEntries = view.getUint16(eocd + 10, true);
  const centralSize = view.getUint32(eocd + 12, true);
  const centralOffset = view.getUint32(eocd + 16, true);

  // 0xffff means "65,535 or more, see ZIP64": either way far beyond the limit.
  if (totalEntries > limits.maxZipEntries) {
    refuse('SHEET_ZIP_TOO_MANY_ENTRIES', `Tệp .xlsx chứa quá nhiều thành phần (${totalEntries === 0xffff ? 'hơn 65.535' : totalEntries}, tối đa ${limits.maxZipEntries}). Tệp không phải một bảng tính thông thường.`);
  }
  // ZIP64 and multi-disk archives are never needed for a file under the size limit.
  if (centralSize === 0xffffffff || centralOffset === 0xffffffff) {
    refuse('SHEET_ZIP_UNSUPPORTED', 'Tệp .xlsx dùng định dạng nén ZIP64 không được hỗ trợ. Hãy lưu lại bằng Excel dưới dạng .xlsx thông thường.');
  }
  if (diskNumber !== 0 || centralDisk !== 0 || entriesOnDisk !== totalEntries) refuse(MALFORMED, malformedMessage);
  if (centralOffset + centralSize > eocd) refuse(MALFORMED, malformedMessage);

  const entries = new Map<string, ZipEntry>();
  const spans: { start: number; end: number }[] = [];
  let declaredTotal = 0;
  let at = centralOffset;
  for (let i = 0; i < totalEntries; i++) {
    if (at + CENTRAL_SIZE > centralOffset + centralSize || view.getUint32(at, true) !== CENTRAL_SIGNATURE) refuse(MALFORMED, malformedMessage);
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const crc32 = view.getUint32(at + 16, true);
    const compressedSize = view.getUint32(at + 20, true);
    const uncompressedSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    const nameEnd = at + CENTRAL_SIZE + nameLength;
    if (nameEnd > centralOffset + centralSize) refuse(MALFORMED, malformedMessage);
    const nameBytes = bytes.subarray(at + CENTRAL_SIZE, nameEnd);
    const name = decodeName(nameBytes, flags);
    at = nameEnd + extraLength + commentLength;

    if (isUnsafeName(name)) {
      refuse('SHEET_ZIP_UNSAFE_NAME', 'Tệp .xlsx chứa thành phần có đường dẫn không an toàn (ra ngoài thư mục hoặc đường dẫn tuyệt đối). Tệp bị từ chối.');
    }
    if (flags & 0x1) {
      refuse('SHEET_ENCRYPTED', 'Tệp được đặt mật khẩu. Hãy mở bằng Excel, gỡ mật khẩu rồi lưu lại dưới dạng .xlsx hoặc .csv.');
    }
    if (method !== 0 && method !== 8) {
      refuse('SHEET_ZIP_UNSUPPORTED', 'Tệp .xlsx dùng kiểu nén không được hỗ trợ. Hãy lưu lại bằng Excel dưới dạng .xlsx.');
    }
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localOffset === 0xffffffff) {
      refuse('SHEET_ZIP_UNSUPPORTED', 'Tệp .xlsx dùng định dạng nén ZIP64 không được hỗ trợ. Hãy lưu lại bằng Excel dưới dạng .xlsx thông thường.');
    }
    // A stored entry inflates to exactly its compressed bytes.
    if (method === 0 && compressedSize !== uncompressedSize) refuse(MALFORMED, malformedMessage);
    if (uncompressedSize > RATIO_EXEMPT_BYTES && uncompressedSize > limits.maxCompressionRatio * Math.max(compressedSize, 1)) {
      refuse('SHEET_ZIP_BOMB', `Tệp .xlsx có thành phần nén bất thường (tỉ lệ nén vượt quá ${limits.maxCompressionRatio} lần). Tệp bị từ chối để bảo vệ hệ thống.`);
    }
    declaredTotal += uncompressedSize;
    if (declaredTotal > limits.maxUncompressedBytes) {
      refuse('SHEET_ZIP_TOO_LARGE', `Nội dung giải nén của tệp .xlsx vượt quá ${formatMiB(limits.maxUncompressedBytes)}. Hãy chia danh sách thành nhiều tệp nhỏ hơn.`);
    }
    if (entries.has(name)) refuse(MALFORMED, malformedMessage);

    // The local header must agree with the central directory (APPNOTE §4.3.7), or the reader
    // and this check could see two different files.
    if (localOffset + LOCAL_SIZE > centralOffset || view.getUint32(localOffset, true) !== LOCAL_SIGNATURE) refuse(MALFORMED, malformedMessage);
    if (view.getUint16(localOffset + 8, true) !== method) refuse(MALFORMED, malformedMessage);
    const localNameLength = view.getUint16(localOffset + 26, true);
    const localExtraLength = view.getUint16(localOffset + 28, true);
    if (localNameLength !== nameLength) refuse(MALFORMED, malformedMessage);
    const dataOffset = localOffset + LOCAL_SIZE + localNameLength + localExtraLength;
    if (dataOffset + compressedSize > centralOffset) refuse(MALFORMED, malformedMessage);
    if (!sameBytes(bytes.subarray(localOffset + LOCAL_SIZE, localOffset + LOCAL_SIZE + localNameLength), nameBytes)) refuse(MALFORMED, malformedMessage);

    spans.push({ start: localOffset, end: dataOffset + compressedSize });
    entries.set(name, { name, method, crc32, compressedSize, uncompressedSize, dataOffset });
  }

  // Overlapping entries are how "better" zip bombs reuse one compressed kernel many times.
  spans.sort((a, b) => a.start - b.start);
  for (let i = 1; i < spans.length; i++) {
    if (spans[i]!.start < spans[i - 1]!.end) refuse('SHEET_ZIP_BOMB', 'Tệp .xlsx có các thành phần chồng lên nhau (dấu hiệu của tệp nén độc hại). Tệp bị từ chối để bảo vệ hệ thống.');
  }
  return { entries };
}

function findEndOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - EOCD_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let at = last; at >= first; at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE && at + EOCD_SIZE + view.getUint16(at + 20, true) === view.byteLength) return at;
  }
  return -1;
}

const utf8 = new TextDecoder('utf-8');
const latin1 = new TextDecoder('latin1');
function decodeName(nameBytes: Uint8Array, flags: number): string {
  // Bit 11: UTF-8 names; otherwise CP437, of which only ASCII matters for the parts we read.
  return (flags & 0x800 ? utf8 : latin1).decode(nameBytes);
}

function isUnsafeName(name: string): boolean {
  if (name.length === 0 || name.includes('\0')) return true;
  if (name.startsWith('/') || name.startsWith('\\') || /^[a-zA-Z]:/.test(name)) return true;
  return name.split(/[\\/]/).some((segment) => segment === '..');
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export const formatMiB = (bytes: number): string => `${Math.round(bytes / (1024 * 1024))} MiB`;
