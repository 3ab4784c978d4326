/**
 * Inflates one zip entry only to count its bytes, and stops as soon as it produces more than
 * the entry declared: the central directory's sizes can lie (a zip bomb declaring 1 KiB).
 * Nothing is kept, so memory stays at one zlib window whatever the entry holds.
 */
import { createInflateRaw } from 'node:zlib';
import { refusalError, SheetRefusalError } from './sheet-read-result.js';
import { type ZipEntry, ZIP_MALFORMED, ZIP_MALFORMED_MESSAGE } from './zip-directory.js';

const CHUNK = 64 * 1024;

export async function checkInflatedSize(bytes: Uint8Array, entry: ZipEntry): Promise<void> {
  if (entry.method === 0) return; // stored: readZipDirectory already required size = compressed size
  const compressed = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  const produced = await new Promise<number>((resolve, reject) => {
    const inflate = createInflateRaw({ chunkSize: CHUNK });
    let count = 0;
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
    };
    inflate.on('data', (chunk: Buffer) => {
      count += chunk.length;
      if (count > entry.uncompressedSize) {
        settle(() => reject(lyingSize()));
        inflate.destroy();
      }
    });
    inflate.on('error', () => settle(() => reject(corrupt())));
    inflate.on('end', () => settle(() => resolve(count)));
    inflate.end(compressed);
  }).catch((e: unknown) => {
    throw e instanceof SheetRefusalError ? e : corrupt();
  });
  if (produced !== entry.uncompressedSize) throw corrupt();
}

const lyingSize = (): SheetRefusalError =>
  refusalError('SHEET_ZIP_BOMB', 'Tệp .xlsx có thành phần giải nén lớn hơn kích thước khai báo (dấu hiệu của tệp nén độc hại). Tệp bị từ chối để bảo vệ hệ thống.');

const corrupt = (): SheetRefusalError => refusalError(ZIP_MALFORMED, ZIP_MALFORMED_MESSAGE);
