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

const EMPTY: CellText = { text: '', numeric: false };

/** Values as exceljs's streaming reader produces them (see its worksheet-reader.js). */
export function cellText(value: unknown, isDateFormat: boolean): CellText {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'string') return { text: toNfc(value), numeric: false };
  if (typeof value === 'number') {
    // A date cell is a serial number with a date format; exceljs converts only plain cells,
    // so a formula whose result is a date arrives here as a number.
    if (isDateFormat && Number.isFinite(value)) return { text: formatDate(excelSerialToDate(value)), numeric: false };
    return { text: numberText(value), numeric: Number.isFinite(value) };
  }
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE', numeric: false };
  if (value instanceof Date) return { text: formatDate(value), numeric: false };
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    // Formulas are never evaluated: the value is the result the spreadsheet program cached.
    if ('formula' in v || 'sharedFormula' in v) return cellText(v.result, isDateFormat);
    if (Array.isArray(v.richText)) {
      const text = v.richText.map((run: unknown) => (run && typeof (run as { text?: unknown }).text === 'string' ? (run as { text: string }).text : '')).join('');
      return { text: toNfc(text), numeric: false };
    }
    if (typeof v.text === 'string') return { text: toNfc(v.text), numeric: false };
    if (typeof v.error === 'string') return { text: v.error, numeric: false };
  }
  return EMPTY;
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

/** `dd/MM/yyyy` of the calendar day the cell shows; exceljs gives that day at UTC midnight. */
export function formatDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  // Round to the nearest second: serials such as 34744.9999999 mean midnight of the next day.
  const rounded = new Date(Math.round(date.getTime() / 1000) * 1000);
  const dd = String(rounded.getUTCDate()).padStart(2, '0');
  const mm = String(rounded.getUTCMonth() + 1).padStart(2, '0');
  const yyyy = String(rounded.getUTCFullYear()).padStart(4, '0');
  return `${dd}/${mm}/${yyyy}`;
}

/** Excel's 1900 date system (serial 25569 = 1970-01-01), as exceljs uses for plain cells. */
export function excelSerialToDate(serial: number): Date {
  return new Date(Math.round((serial - 25569) * 86_400_000));
}
