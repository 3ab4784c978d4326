import { z } from 'zod';
import { error, type Result } from '../issue';

/**
 * Vietnamese mobile number (domain.md §5): `0`, `+84` or `84`, then 9 digits whose first digit makes a
 * mobile prefix 03x, 05x, 07x, 08x or 09x. Stored as E.164 `+84xxxxxxxxx`. Spaces, dots, dashes and
 * parentheses are accepted as people write them (`0912 345 678`, `(+84) 912.345.678`).
 */
const SEPARATORS = /[\s.\-()]/g;
const NATIONAL = /^0([35789]\d{8})$/;
const INTERNATIONAL = /^\+?84([35789]\d{8})$/;
const ANY_DIGITS = /^\+?\d+$/;
const LOST_ZERO = /^[35789]\d{8}$/;

export interface PhoneOptions {
  /** The spreadsheet cell was a number, which drops the leading 0. */
  readonly fromNumericCell?: boolean;
}

export const normalizePhone = (raw: string, options: PhoneOptions = {}): Result<string> => {
  const compact = raw.trim().replace(SEPARATORS, '');
  if (compact.length === 0) return { ok: false, issues: [error('PHONE_REQUIRED', 'Cần nhập số điện thoại di động.')] };
  const m = NATIONAL.exec(compact) ?? INTERNATIONAL.exec(compact);
  if (m?.[1]) return { ok: true, value: `+84${m[1]}`, warnings: [] };
  if (!ANY_DIGITS.test(compact)) {
    return { ok: false, issues: [error('PHONE_NOT_DIGITS', 'Số điện thoại chỉ gồm chữ số (có thể bắt đầu bằng +84).')] };
  }
  if (options.fromNumericCell && LOST_ZERO.test(compact)) {
    return {
      ok: false,
      issues: [
        error(
          'PHONE_LEADING_ZERO_LOST',
          'Số điện thoại thiếu số 0 ở đầu, có thể do ô được định dạng kiểu số. Hãy định dạng cột là văn bản (Text) và nhập lại, ví dụ 0912345678.',
        ),
      ],
    };
  }
  const national = compact.startsWith('+84') ? compact.slice(3) : compact.startsWith('84') && compact.length === 11 ? compact.slice(2) : compact.replace(/^0/, '');
  if (national.length === 9 && !/^[35789]/.test(national)) {
    return {
      ok: false,
      issues: [error('PHONE_NOT_MOBILE', 'Số điện thoại phải là số di động Việt Nam với đầu số 03, 05, 07, 08 hoặc 09.')],
    };
  }
  return {
    ok: false,
    issues: [error('PHONE_FORMAT', 'Số điện thoại di động phải gồm 10 chữ số bắt đầu bằng 0 (hoặc +84 và 9 chữ số), ví dụ 0912345678.')],
  };
};

/** `+8491****678`: keeps the carrier prefix and the last three digits. */
export const maskPhone = (phone: string): string => {
  const r = normalizePhone(phone);
  const e164 = r.ok ? r.value : phone.trim();
  if (e164.length < 8) return '*'.repeat(e164.length);
  return `${e164.slice(0, 5)}${'*'.repeat(e164.length - 8)}${e164.slice(-3)}`;
};

export const phoneSchema = z.string().transform((raw, ctx) => {
  const r = normalizePhone(raw);
  if (!r.ok) {
    for (const i of r.issues) ctx.addIssue({ code: 'custom', message: i.message });
    return z.NEVER;
  }
  return r.value;
});
