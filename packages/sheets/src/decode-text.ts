/**
 * Decodes a CSV's bytes to NFC text. Excel on Vietnamese Windows saves "CSV UTF-8" with a BOM,
 * plain "CSV" in Windows-1258 (which writes tone marks as combining characters), and
 * "Unicode Text" as UTF-16LE with a BOM: all three are read. Bytes that are not text are refused.
 */
import { toNfc } from './nfc.js';
import { refuse } from './sheet-read-result.js';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258';

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  let encoding: TextEncoding | undefined;
  let body = bytes;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    encoding = 'utf-8';
    body = bytes.subarray(3);
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    encoding = 'utf-16le';
    body = bytes.subarray(2);
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    encoding = 'utf-16be';
    body = bytes.subarray(2);
  }
  let text: string;
  if (encoding === undefined) {
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
      encoding = 'utf-8';
    } catch {
      encoding = 'windows-1258';
      text = new TextDecoder(encoding).decode(body);
    }
  } else {
    text = new TextDecoder(encoding, { fatal: false, ignoreBOM: true }).decode(body);
  }
  if (CONTROL.test(text)) {
    refuse('SHEET_UNKNOWN_FORMAT', 'Tệp không phải bảng tính .xlsx hay tệp .csv (nội dung không phải văn bản). Hãy dùng tệp mẫu .xlsx hoặc lưu danh sách dưới dạng CSV UTF-8.');
  }
  // Neither UTF-8 nor Windows-1258 gives clean text: a damaged file or another code page.
  if (UNDECODABLE.test(text)) {
    refuse('SHEET_CSV_ENCODING', 'Tệp CSV có ký tự không đọc được (không phải bảng mã UTF-8 hay Windows-1258). Hãy mở bằng Excel và lưu lại dưới dạng «CSV UTF-8».');
  }
  // Windows-1258 and macOS produce decomposed (NFD) Vietnamese; the domain compares NFC.
  return { text: toNfc(text), encoding };
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Text files hold no control characters but tab, CR and LF: binary files almost always do. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
/** C1 controls (bytes Windows-1258 leaves undefined) and replacement characters (bad UTF-16). */
const UNDECODABLE = /[\u0080-\u009f\ufffd]/;
