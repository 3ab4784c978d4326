/**
 * CSV as Excel on Vietnamese Windows opens it correctly: UTF-8 with a byte order mark (without it
 * Excel reads the bytes as the ANSI code page and the diacritics break), CRLF line ends, RFC 4180
 * quoting (papaparse's), and every field that a spreadsheet program would take for a formula
 * escaped with one apostrophe (escape-formula.ts; the reader undoes it).
 */
import Papa from 'papaparse';
import { FORMULA_LEADING } from './escape-formula.js';

const BOM = '\ufeff';
const CRLF = '\r\n';

export function csvBytes(records: readonly (readonly string[])[]): Uint8Array {
  const body = Papa.unparse(records as string[][], { delimiter: ',', newline: CRLF, quotes: false, escapeFormulae: FORMULA_LEADING });
  return new TextEncoder().encode(`${BOM}${body}${CRLF}`);
}
