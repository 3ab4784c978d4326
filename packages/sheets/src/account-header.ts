/**
 * The header row (row 1) must carry exactly the template's labels, in order (domain.md §5,
 * account list). Labels are compared after NFC, trimming and collapsing spaces, so an NFD
 * header typed on a Mac or a stray double space still matches; case and wording must match.
 */
import { ACCOUNT_LIST_COLUMNS } from '@ketnoi/domain';
import { refusal, type SheetRefusal } from './sheet-read-result.js';

export const HEADER_MISMATCH = 'SHEET_HEADER_MISMATCH';

export const normaliseLabel = (label: string): string => label.normalize('NFC').replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();

const EXPECTED = ACCOUNT_LIST_COLUMNS.map((c) => c.label);

/**
 * The column ketnoi adds to the copy of a list with its errors: a unit that fixes the rows in that
 * copy and imports it again is not refused for it; its cells are not read.
 */
export const ERROR_COLUMN_LABEL = 'Lỗi cần sửa';

/** Null when the labels match the template; otherwise the refusal that names expected and found. */
export function checkHeader(found: readonly string[]): SheetRefusal | null {
  const labels = withoutErrorColumn(trimTrailingEmpty(found.map(normaliseLabel)));
  const firstDifference = EXPECTED.findIndex((label, i) => labels[i] !== label);
  if (firstDifference < 0 && labels.length === EXPECTED.length) return null;

  let what: string;
  if (labels.length === 0) {
    what = 'dòng 1 đang trống. Dòng 1 phải là dòng tiêu đề của mẫu (không để tiêu đề phụ hay dòng trống phía trên)';
  } else if (firstDifference < 0) {
    what = `thừa ${labels.length - EXPECTED.length} cột sau cột «${EXPECTED[EXPECTED.length - 1]}» (cột ${EXPECTED.length + 1} là ${shown(labels[EXPECTED.length])})`;
  } else if (firstDifference >= labels.length) {
    what = `thiếu cột «${EXPECTED[firstDifference]}» (cột ${firstDifference + 1}) và các cột sau nó`;
  } else {
    const expected = EXPECTED[firstDifference]!;
    const actual = labels[firstDifference]!;
    const elsewhere = labels.indexOf(expected);
    what =
      elsewhere >= 0
        ? `cột ${firstDifference + 1} phải là «${expected}» nhưng đang là ${shown(actual)}; cột «${expected}» đang ở vị trí ${elsewhere + 1} (sai thứ tự)`
        : `cột ${firstDifference + 1} phải là «${expected}» nhưng đang là ${shown(actual)}`;
  }
  return refusal(
    HEADER_MISMATCH,
    `Dòng tiêu đề không đúng mẫu: ${what}. Mẫu gồm đúng ${EXPECTED.length} cột theo thứ tự: ${EXPECTED.join(', ')}. ` +
      `Tiêu đề đang có: ${labels.length ? labels.map(shown).join(', ') : '(trống)'}. Hãy tải mẫu mới và chép dữ liệu vào.`,
  );
}

function withoutErrorColumn(labels: string[]): string[] {
  return labels.length === EXPECTED.length + 1 && labels[EXPECTED.length] === ERROR_COLUMN_LABEL ? labels.slice(0, EXPECTED.length) : labels;
}

function trimTrailingEmpty(labels: string[]): string[] {
  let end = labels.length;
  while (end > 0 && labels[end - 1] === '') end--;
  return labels.slice(0, end);
}

/**
 * A "label" that looks like personal data (when row 1 holds a person instead of the header)
 * is not echoed back: messages never carry ID numbers, phones or emails.
 */
function shown(label: string | undefined): string {
  if (label === undefined || label === '') return '(trống)';
  if (/\d{6,}/.test(label.replace(/[\s.+-]/g, '')) || label.includes('@')) return '(một giá trị dữ liệu, không phải tiêu đề)';
  return `«${label.length > 40 ? `${label.slice(0, 40)}…` : label}»`;
}
