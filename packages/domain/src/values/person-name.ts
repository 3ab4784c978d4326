import { z } from 'zod';
import { error, type Result } from '../issue';

/**
 * Full name (*Họ và tên*, domain.md §5): Unicode NFC, 2–100 characters, letters including Vietnamese
 * diacritics, spaces, `'` and `-`. Spreadsheets from macOS or old tools may deliver NFD (decomposed)
 * text, so it is composed first; runs of spaces are collapsed because they are never meaningful.
 * A typographic apostrophe is read as `'`.
 */
const NAME_PATTERN = /^\p{L}[\p{L}\p{M} '\-]*$/u;
const ENDS_WITH_LETTER = /[\p{L}\p{M}]$/u;
const SPACES = /\s+/g;

export const normalizePersonName = (raw: string): string => raw.normalize('NFC').replace(/[\u2018\u2019\u02BC]/g, "'").replace(SPACES, ' ').trim();

export const validatePersonName = (raw: string): Result<string> => {
  const value = normalizePersonName(raw);
  if (value.length === 0) return { ok: false, issues: [error('NAME_REQUIRED', 'Cần nhập họ và tên.')] };
  if (value.length < 2 || value.length > 100) {
    return { ok: false, issues: [error('NAME_LENGTH', 'Họ và tên phải có từ 2 đến 100 ký tự.')] };
  }
  if (!NAME_PATTERN.test(value) || !ENDS_WITH_LETTER.test(value)) {
    return {
      ok: false,
      issues: [error('NAME_CHARACTERS', "Họ và tên chỉ gồm chữ cái (có dấu tiếng Việt), dấu cách, dấu ' và dấu -, bắt đầu và kết thúc bằng chữ cái.")],
    };
  }
  return { ok: true, value, warnings: [] };
};

export const personNameSchema = z.string().transform((raw, ctx) => {
  const r = validatePersonName(raw);
  if (!r.ok) {
    for (const i of r.issues) ctx.addIssue({ code: 'custom', message: i.message });
    return z.NEVER;
  }
  return r.value;
});
