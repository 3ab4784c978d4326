/**
 * Turns a spreadsheet cell into the text the domain validates. The domain sees text only, so
 * every typed value gets one canonical spelling here, and numbers are flagged: an ID or phone
 * typed as a number has lost its leading zero, which the validator explains to the user.
 */
import { toNfc } from './nfc.js';

export interface CellText {
  readonly text: string;
  /** The cell held a number (or a formula whose cached result is a number). */
  readonly numeric: boolean;
}

export const EMPTY_CELL: CellText = { text: '', numeric: false };

/** A `<c>` element of worksheet XML (ECMA-376 §18.3.1.4), as the reader collected it. */
export interface XlsxCell {
  /** The `t` attribute: s, str, inlineStr, b, e, d, n (or absent: a number). */
  readonly type: string | undefined;
  /** Text of `<v>`; null when the cell has none (also a formula never calculated). */
  readonly value: string | null;
  /** Text of `<is>` (an inline string), its runs joined; null when absent. */
  readonly inline: string | null;
}

/** What every cell of a workbook is read with. */
export interface XlsxBook {
  /** The shared strings part, already in NFC. */
  readonly sharedStrings: readonly string[];
  /** The workbook counts days from 1904 (old Mac Excel), not 1900. */
  readonly date1904: boolean;
}

/**
 * `isDate`: the cell's number format shows a date (day or year tokens). Formulas are never
 * evaluated: a formula cell is read like any other, from the result the spreadsheet program
 * cached in `<v>` (typed by `t`); without one the cell is blank.
 */
export function xlsxCellText(cell: XlsxCell, isDate: boolean, book: XlsxBook): CellText {
  const { type, value } = cell;
  if (type === 'inlineStr') return cell.inline === null ? EMPTY_CELL : { text: toNfc(cell.inline), numeric: false };
  if (value === null) return EMPTY_CELL;
  switch (type) {
    case 's': {
      const text = book.sharedStrings[Number.parseInt(value, 10)];
      return text === undefined ? EMPTY_CELL : { text, numeric: false };
    }
    case 'str':
      return { text: toNfc(value), numeric: false };
    case 'b':
      return { text: Number.parseInt(value, 10) !== 0 ? 'TRUE' : 'FALSE', numeric: false };
    case 'e':
      return { text: value, numeric: false };
    case 'd': {
      // ISO 8601 date cells (Strict OOXML): the calendar day as written.
      const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
      return iso ? { text: `${iso[3]}/${iso[2]}/${iso[1]}`, numeric: false } : { text: value, numeric: false };
    }
    default: {
      const n = Number.parseFloat(value);
      // A date cell is a serial number with a date format.
      if (isDate && Number.isFinite(n)) return { text: formatDate(excelSerialToDate(book.date1904 ? n + 1462 : n)), numeric: false };
      return { text: numberText(n), numeric: Number.isFinite(n) };
    }
  }
}

/**
 * Digits without exponent: 40195004321 stays "40195004321", never "4.0195004321e+10".
 * NaN (an error result cached as a number) becomes empty.
 */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) return '';
  if (Number.isInteger(n)) return Math.abs(n) < 1e21 ? n.toFixed(0) : BigInt(n).toString();
  const plain = String(n);
  if (!plain.includes('e')) return plain;
  return n.toFixed(20).replace(/0+$/, '').replace(/\.$/, '');
}

/** `dd/MM/yyyy` of the calendar day the cell shows, given as that day at UTC midnight. */
export function formatDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  // Round to the nearest second: serials such as 34744.9999999 mean midnight of the next day.
  const rounded = new Date(Math.round(date.getTime() / 1000) * 1000);
  const dd = String(rounded.getUTCDate()).padStart(2, '0');
  const mm = String(rounded.getUTCMonth() + 1).padStart(2, '0');
  const yyyy = String(rounded.getUTCFullYear()).padStart(4, '0');
  return `${dd}/${mm}/${yyyy}`;
}

/** Excel's 1900 date system (serial 25569 = 1970-01-01). */
export function excelSerialToDate(serial: number): Date {
  return new Date(Math.round((serial - 25569) * 86_400_000));
}

/** A number format shows a date when it has day or year tokens outside quotes, [..] sections and escapes. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '').replace(/\\./g, '');
  return /[dy]/i.test(bare);
}
