/**
 * Reads the account list from CSV text. The separator is taken from the header line: Excel
 * writes `;` where the list separator is `,`-decimal (Vietnamese Windows), `,` elsewhere, and
 * tab for "Unicode Text". Quoting and CRLF are papaparse's; row numbers count records as a
 * spreadsheet program shows them (a quoted line break stays inside one row).
 */
import Papa from 'papaparse';
import { checkHeader } from './account-header.js';
import { AccountRowCollector } from './account-rows.js';
import type { CellText } from './cell-text.js';
import { decodeText } from './decode-text.js';
import { unescapeFormulaText } from './escape-formula.js';
import type { SheetLimits } from './sheet-limits.js';
import { type OnSheetProgress, refuse, refusalError, type SheetReadResult, SheetRefusalError } from './sheet-read-result.js';

const PROGRESS_EVERY = 5_000;
const EMPTY: CellText = { text: '', numeric: false };

export function readCsv(bytes: Uint8Array, limits: SheetLimits, onProgress?: OnSheetProgress): SheetReadResult {
  const { text } = decodeText(bytes);
  const delimiter = detectDelimiter(text);
  const collector = new AccountRowCollector(limits);
  let rowNumber = 0;
  let failure: SheetRefusalError | null = null;

  Papa.parse<string[]>(text, {
    delimiter,
    quoteChar: '"',
    skipEmptyLines: false,
    step: (result, parser) => {
      if (failure) return;
      rowNumber++;
      try {
        const quoteError = result.errors.find((e) => e.type === 'Quotes');
        if (quoteError) {
          refuse('SHEET_CSV_MALFORMED', `Tệp CSV có dấu ngoặc kép (") không khớp ở dòng ${rowNumber}. Hãy mở tệp bằng Excel và lưu lại dưới dạng CSV UTF-8.`);
        }
        const fields = result.data.length > limits.maxColumns ? result.data.slice(0, limits.maxColumns) : result.data;
        if (rowNumber === 1) {
          const header = checkHeader(fields);
          if (header) throw new SheetRefusalError(header);
          return;
        }
        collector.add(rowNumber, (i) => {
          const field = fields[i];
          // Undo the apostrophe that CSV exports put before formula-looking fields (escape-formula.ts).
          return field === undefined ? EMPTY : { text: unescapeFormulaText(field), numeric: false };
        });
        if (rowNumber % PROGRESS_EVERY === 0) onProgress?.({ phase: 'parse', done: rowNumber - 1, total: null });
      } catch (e) {
        failure = e instanceof SheetRefusalError ? e : refusalError('SHEET_CSV_MALFORMED', 'Không đọc được tệp CSV. Hãy mở tệp bằng Excel và lưu lại dưới dạng CSV UTF-8.');
        parser.abort();
      }
    },
  });
  if (failure) throw failure;
  if (rowNumber === 0) {
    const header = checkHeader([]);
    if (header) throw new SheetRefusalError(header);
  }
  onProgress?.({ phase: 'parse', done: Math.max(rowNumber - 1, 0), total: null });
  return { ok: true, format: 'csv', sheetName: '', rows: collector.rows };
}

/** The candidate separator that occurs most in the header line (outside quotes); `,` if none. */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const lineEnd = text.search(/\r?\n/);
  const line = (lineEnd < 0 ? text : text.slice(0, lineEnd)).replace(/"[^"]*"/g, '');
  const counts = ([',', ';', '\t'] as const).map((d) => ({ d, n: line.split(d).length - 1 }));
  counts.sort((a, b) => b.n - a.n);
  const best = counts[0]!;
  return best.n > 0 ? best.d : ',';
}
