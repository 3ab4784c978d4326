import { z } from 'zod';
import { error, type Issue, type Result } from '../issue';
import { isIsoDate } from './date';

/**
 * Number and symbol (*số, ký hiệu*) of an official document as Nghị định 30/2020 writes them:
 * `1658/CV-TCTTKĐA`, `1552/BTTTT-THH`, `46/2022/TT-BCA`, `06/QĐ-TTg`. The number is digits; legal
 * normative documents put the year between number and symbol; the symbol is letters (mixed case as
 * in `TTg`, Vietnamese `Đ`), digits, `-` and `.`, and must contain a letter.
 */
const REFERENCE_PATTERN = /^(\d{1,7})\/(?:(\d{4})\/)?([\p{L}\d][\p{L}\d.\-]*)$/u;
const HAS_LETTER = /\p{L}/u;

export interface ParsedDocumentNumber {
  readonly number: string;
  readonly year?: number;
  readonly symbol: string;
}

const normalise = (raw: string): string => raw.normalize('NFC').trim().replace(/\s*\/\s*/g, '/').replace(/\s*-\s*/g, '-');

export const parseDocumentNumber = (raw: string): Result<ParsedDocumentNumber> => {
  const m = REFERENCE_PATTERN.exec(normalise(raw));
  const symbol = m?.[3];
  if (!m || !m[1] || !symbol || !HAS_LETTER.test(symbol) || symbol.endsWith('-') || symbol.endsWith('.')) {
    return {
      ok: false,
      issues: [
        error(
          'DOCUMENT_NUMBER_FORMAT',
          'Số, ký hiệu văn bản không đúng định dạng: cần dạng "số/ký hiệu" hoặc "số/năm/ký hiệu", ví dụ 1658/CV-TCTTKĐA hoặc 46/2022/TT-BCA.',
        ),
      ],
    };
  }
  const value: ParsedDocumentNumber = m[2] ? { number: m[1], year: Number(m[2]), symbol } : { number: m[1], symbol };
  return { ok: true, value, warnings: [] };
};

export const documentReferenceSchema = z.object({
  numberAndSymbol: z
    .string()
    .transform((s) => normalise(s))
    .refine((s) => parseDocumentNumber(s).ok, {
      message: 'Số, ký hiệu văn bản không đúng định dạng (ví dụ 1658/CV-TCTTKĐA hoặc 46/2022/TT-BCA).',
    }),
  issuedOn: z.string().refine(isIsoDate, { message: 'Ngày ban hành phải là một ngày có thật, dạng yyyy-MM-dd.' }),
  issuer: z.string().trim().min(1, { message: 'Cần ghi cơ quan ban hành văn bản.' }).max(300, { message: 'Tên cơ quan ban hành không quá 300 ký tự.' }),
  signer: z.string().trim().min(1, { message: 'Cần ghi người ký văn bản.' }).max(100, { message: 'Tên người ký không quá 100 ký tự.' }),
  signerPosition: z.string().trim().min(1, { message: 'Cần ghi chức vụ người ký.' }).max(200, { message: 'Chức vụ người ký không quá 200 ký tự.' }),
  /** Id of the stored PDF (checked by content elsewhere); null until uploaded. */
  fileId: z.string().min(1).nullable(),
});
export type DocumentReference = z.infer<typeof documentReferenceSchema>;

/**
 * Uniqueness key: number, symbol and issue year (domain.md §5). The symbol is compared without case
 * (`TTg` = `TTG`) and the number without leading zeros (`06` = `6`), since both are typing variants of
 * the same document.
 */
export const documentKey = (doc: Pick<DocumentReference, 'numberAndSymbol' | 'issuedOn'>): string => {
  const parsed = parseDocumentNumber(doc.numberAndSymbol);
  if (!parsed.ok) throw new RangeError('documentKey expects a valid number and symbol');
  const { number, symbol } = parsed.value;
  return `${Number(number)}/${symbol.toUpperCase()}/${doc.issuedOn.slice(0, 4)}`;
};

/** Rules that need today's date or cross fields, which a plain schema cannot know. */
export const checkDocumentReference = (
  doc: DocumentReference,
  today: string,
  path: readonly (string | number)[] = [],
): Issue[] => {
  const issues: Issue[] = [];
  const parsed = parseDocumentNumber(doc.numberAndSymbol);
  if (!parsed.ok) {
    for (const i of parsed.issues) issues.push(error(i.code, i.message, [...path, 'numberAndSymbol']));
  }
  if (!isIsoDate(doc.issuedOn)) {
    issues.push(error('DOCUMENT_ISSUED_ON_INVALID', 'Ngày ban hành phải là một ngày có thật, dạng yyyy-MM-dd.', [...path, 'issuedOn']));
  } else {
    if (doc.issuedOn > today) {
      issues.push(error('DOCUMENT_ISSUED_IN_FUTURE', 'Ngày ban hành văn bản không được sau ngày hôm nay.', [...path, 'issuedOn']));
    }
    const year = parsed.ok ? parsed.value.year : undefined;
    if (year !== undefined && String(year) !== doc.issuedOn.slice(0, 4)) {
      issues.push(
        error('DOCUMENT_YEAR_MISMATCH', `Năm trong số, ký hiệu (${year}) không khớp với năm ban hành (${doc.issuedOn.slice(0, 4)}).`, [...path, 'issuedOn']),
      );
    }
  }
  return issues;
};
