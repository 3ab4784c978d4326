/**
 * Builds an .xlsx in memory with exceljs's streaming writer: rows are serialised as they are
 * committed instead of being kept as objects, so a 100,000-row list costs its zipped size plus
 * the shared strings, not a model of every cell.
 */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';

export type XlsxWriter = ExcelJS.stream.xlsx.WorkbookWriter;

export async function xlsxBytes(build: (workbook: XlsxWriter) => void | Promise<void>): Promise<Uint8Array> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  // Shared strings keep leading and trailing spaces (xml:space="preserve"); inline `str` cells would not.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useSharedStrings: true, useStyles: true });
  workbook.creator = 'ketnoi';
  await build(workbook);
  await workbook.commit();
  await ended;
  const all = Buffer.concat(chunks);
  return new Uint8Array(all.buffer, all.byteOffset, all.byteLength);
}
