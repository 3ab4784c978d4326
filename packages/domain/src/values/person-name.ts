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

const NON_ASCII = /[^\x00-\x7F]/;
const APOSTROPHES = /[\u2018\u2019\u02BC]/g;
const LOOSE_SPACES = /[^\S ]| {2}/;

/** Each step is skipped when it would change nothing, since lists of 100,000 names pass through here. */
export const normalizePersonName = (raw: string): string => {
  let s = NON_ASCII.test(raw) ? raw.normalize('NFC').replace(APOSTROPHES, "'") : raw;
  if (LOOSE_SPACES.test(s)) s = s.replace(SPACES, ' ');
  return s.trim();
};

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
