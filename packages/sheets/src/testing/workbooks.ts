/**
 * Builders of test spreadsheets: real .xlsx through exceljs's writer, hand-made zips through
 * fflate, and CSV bytes in the encodings people's software produces. Test support only.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

export const LABELS = ['STT', 'Họ và tên', 'Số định danh cá nhân', 'Ngày sinh', 'Giới tính', 'Chức vụ', 'Đơn vị công tác', 'Số điện thoại', 'Email', 'Tên tài khoản', 'Dịch vụ'];

/** A valid person (invented), as text cells in template order. */
export const personRow = (i: number): string[] => [
  String(i + 1),
  'Nguyễn Văn An',
  `0400${String(90_000_000 + i).padStart(8, '0')}`,
  '14/02/1990',
  'Nam',
  'Cán bộ',
  'Văn phòng Sở',
  `09${String(10_000_000 + (i % 90_000_000))}`,
  `an${i}@nghean.gov.vn`,
  `an${i}`,
  'TRA_CUU_THONG_TIN',
];

export const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url))));

export type CellInput = ExcelJS.CellValue;

export interface SheetSpec {
  readonly name?: string;
  readonly rows: readonly (readonly CellInput[])[];
  readonly state?: 'visible' | 'hidden' | 'veryHidden';
  /** Number formats by 1-based column, e.g. { 4: 'dd/mm/yyyy' }. */
  readonly numFmt?: Readonly<Record<number, string>>;
}

export async function buildXlsx(sheets: readonly SheetSpec[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const [i, spec] of sheets.entries()) {
    const sheet = workbook.addWorksheet(spec.name ?? `Sheet${i + 1}`, { state: spec.state ?? 'visible' });
    for (const row of spec.rows) sheet.addRow([...row]);
    for (const [col, fmt] of Object.entries(spec.numFmt ?? {})) sheet.getColumn(Number(col)).numFmt = fmt;
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** Rewrites parts of an existing .xlsx (e.g. to hand-edit sheet XML) and zips it again. */
export function editXlsx(bytes: Uint8Array, edit: (files: Record<string, string>) => void): Uint8Array {
  const files = unzipSync(bytes);
  const text: Record<string, string> = {};
  for (const [name, data] of Object.entries(files)) text[name] = strFromU8(data);
  edit(text);
  const out: Zippable = {};
  for (const [name, content] of Object.entries(text)) out[name] = strToU8(content);
  return zipSync(out, { level: 6 });
}

export const csvBytes = (rows: readonly (readonly string[])[], separator = ',', lineEnd = '\n'): Uint8Array =>
  strToU8(rows.map((r) => r.map((c) => (/[",;\n\r\t]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(separator)).join(lineEnd) + lineEnd);

/** Windows-1258 encoder for Vietnamese text, as Windows writes it: base letter byte + combining tone mark byte. */
export function encodeWindows1258(text: string): Uint8Array {
  // From the WHATWG windows-1258 index: letters with their own byte, and the five tone marks.
  const single: Record<string, number> = { 'Ă': 0xc3, 'ă': 0xe3, 'Â': 0xc2, 'â': 0xe2, 'Ê': 0xca, 'ê': 0xea, 'Ô': 0xd4, 'ô': 0xf4, 'Ơ': 0xd5, 'ơ': 0xf5, 'Ư': 0xdd, 'ư': 0xfd, 'Đ': 0xd0, 'đ': 0xf0 };
  const tones: Record<string, number> = { '\u0300': 0xcc, '\u0301': 0xec, '\u0303': 0xde, '\u0309': 0xd2, '\u0323': 0xf2 };
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const decomposed = [...ch.normalize('NFD')];
    const tone = decomposed.find((m) => tones[m] !== undefined);
    const letter = decomposed.filter((m) => tones[m] === undefined).join('').normalize('NFC');
    const code = letter.charCodeAt(0);
    if (letter.length === 1 && code < 0x80) out.push(code);
    else if (single[letter] !== undefined) out.push(single[letter]);
    else throw new Error(`not encodable in windows-1258: ${ch}`);
    if (tone !== undefined) out.push(tones[tone]!);
  }
  return Uint8Array.from(out);
}
