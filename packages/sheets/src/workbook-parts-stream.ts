/**
 * Re-packs only the workbook parts the reader needs into a fresh zip stream for exceljs:
 * relationships, workbook, shared strings and styles first, then the worksheets in order.
 * Why: exceljs's streaming reader spills any worksheet that arrives before the shared strings
 * to a temporary file (LibreOffice and Excel both write them in that order), and for entries
 * with a trailing data descriptor it searches the compressed bytes for a signature. Fresh local
 * headers carrying the central directory's sizes avoid both, and parts we never verified (images,
 * macros, unknown entries) never reach the parser.
 */
import { Readable } from 'node:stream';
import type { ZipDirectory, ZipEntry } from './zip-directory.js';

const LOCAL_SIGNATURE = 0x04034b50;
const LEADING_PARTS = ['xl/_rels/workbook.xml.rels', 'xl/workbook.xml', 'xl/sharedStrings.xml', 'xl/styles.xml'];
const WORKSHEET = /^xl\/worksheets\/sheet(\d+)\.xml$/;

/**
 * exceljs reads a worksheet straight from the stream only once it has seen relationships and
 * shared strings; a workbook without them (inline strings only, which some generators write)
 * would send the sheet to a temporary file, so empty stand-ins are supplied.
 */
const STAND_INS: Readonly<Record<string, string>> = {
  'xl/_rels/workbook.xml.rels': '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>',
  'xl/sharedStrings.xml': '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>',
};

/** Where a stand-in part's bytes live: appended after the file's own bytes by `withStandIns`. */
export interface WorkbookParts {
  readonly bytes: Uint8Array;
  readonly parts: readonly ZipEntry[];
}

/** The entries the reader will inflate, in the order it needs them, with stand-ins for missing ones. */
export function workbookParts(directory: ZipDirectory, fileBytes: Uint8Array): WorkbookParts {
  const extra: Uint8Array[] = [];
  let offset = fileBytes.length;
  const leading = LEADING_PARTS.flatMap((name): ZipEntry[] => {
    const entry = directory.entries.get(name);
    if (entry) return [entry];
    const standIn = STAND_INS[name];
    if (standIn === undefined) return [];
    const data = Buffer.from(standIn, 'utf8');
    extra.push(data);
    const made: ZipEntry = { name, method: 0, crc32: crc32(data), compressedSize: data.length, uncompressedSize: data.length, dataOffset: offset };
    offset += data.length;
    return [made];
  });
  const sheets = [...directory.entries.values()]
    .filter((e) => WORKSHEET.test(e.name))
    .sort((a, b) => sheetNumber(a) - sheetNumber(b));
  const bytes = extra.length ? new Uint8Array(Buffer.concat([fileBytes, ...extra])) : fileBytes;
  return { bytes, parts: [...leading, ...sheets] };
}

/** CRC-32 (ISO 3309) of a stand-in part, for a well-formed local header. */
function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

export const hasWorksheet = (parts: readonly ZipEntry[]): boolean => parts.some((e) => WORKSHEET.test(e.name));

const sheetNumber = (e: ZipEntry): number => Number(WORKSHEET.exec(e.name)?.[1] ?? 0);

export function workbookPartsStream(bytes: Uint8Array, parts: readonly ZipEntry[]): Readable {
  function* chunks(): Generator<Uint8Array> {
    for (const entry of parts) {
      const name = Buffer.from(entry.name, 'utf8');
      const header = Buffer.alloc(30);
      header.writeUInt32LE(LOCAL_SIGNATURE, 0);
      header.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
      header.writeUInt16LE(0x800, 6); // UTF-8 name, sizes known up front (no data descriptor)
      header.writeUInt16LE(entry.method, 8);
      header.writeUInt32LE(entry.crc32, 14);
      header.writeUInt32LE(entry.compressedSize, 18);
      header.writeUInt32LE(entry.uncompressedSize, 22);
      header.writeUInt16LE(name.length, 26);
      yield header;
      yield name;
      yield bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
    }
  }
  return Readable.from(chunks(), { objectMode: false });
}
