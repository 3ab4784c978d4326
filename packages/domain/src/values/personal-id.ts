import { z } from 'zod';
import { error, warning, type Issue, type Result } from '../issue';
import type { BirthPrefix } from '../reference';

/**
 * The 12-digit personal identification number (*số định danh cá nhân*, Thông tư 07/2016/TT-BCA,
 * domain.md §5): digits 1–3 the birth-registration place, digit 4 century and sex (0/1 → 1900s
 * male/female, 2/3 → 2000s, 4/5 → 2100s), digits 5–6 the last two digits of the year of birth,
 * then 6 random digits. Messages never repeat the number: it is personal data.
 */
export type Sex = 'MALE' | 'FEMALE';
export type Century = 1900 | 2000 | 2100;

export interface PersonalId {
  readonly value: string;
  readonly prefix: string;
  readonly centuryStart: Century;
  readonly sex: Sex;
  readonly yearOfBirth: number;
}

export interface PersonalIdContext {
  readonly birthPrefixes: readonly BirthPrefix[];
  /** The cell was a number in the spreadsheet, so a leading zero may have been dropped. */
  readonly fromNumericCell?: boolean;
}

const DIGITS = /^\d+$/;
const CENTURIES: readonly Century[] = [1900, 1900, 2000, 2000, 2100, 2100];

/** Prefix sets are built once per reference list, so validating 100,000 rows costs one lookup each. */
const prefixSets = new WeakMap<readonly BirthPrefix[], ReadonlySet<string>>();
const prefixSetOf = (prefixes: readonly BirthPrefix[]): ReadonlySet<string> => {
  let set = prefixSets.get(prefixes);
  if (!set) {
    set = new Set(prefixes.map((p) => p.prefix));
    prefixSets.set(prefixes, set);
  }
  return set;
};

const fail = (issue: Issue): Result<PersonalId> => ({ ok: false, issues: [issue] });

export const validatePersonalId = (raw: string, ctx: PersonalIdContext): Result<PersonalId> => {
  const value = raw.trim();
  if (value.length === 0) return fail(error('PERSONAL_ID_REQUIRED', 'Cần nhập số định danh cá nhân (12 chữ số).'));
  if (!DIGITS.test(value)) {
    return fail(error('PERSONAL_ID_NOT_DIGITS', 'Số định danh cá nhân chỉ gồm chữ số, không có chữ cái, dấu cách hay ký tự khác.'));
  }
  if (value.length === 9) {
    return fail(
      error(
        'PERSONAL_ID_OLD_CMND',
        'Đây là số chứng minh nhân dân 9 số cũ. Hãy nhập số định danh cá nhân 12 chữ số (số căn cước/căn cước công dân).',
      ),
    );
  }
  if (value.length === 11 && ctx.fromNumericCell) {
    return fail(
      error(
        'PERSONAL_ID_LEADING_ZERO_LOST',
        'Số định danh cá nhân chỉ có 11 chữ số, có thể do ô được định dạng kiểu số nên mất số 0 ở đầu. Hãy định dạng cột là văn bản (Text) và nhập lại đủ 12 chữ số.',
      ),
    );
  }
  if (value.length !== 12) {
    return fail(error('PERSONAL_ID_LENGTH', `Số định danh cá nhân phải gồm đúng 12 chữ số (đang có ${value.length} chữ số).`));
  }
  const centuryDigit = value.charCodeAt(3) - 48;
  const centuryStart = CENTURIES[centuryDigit];
  if (centuryStart === undefined) {
    return fail(error('PERSONAL_ID_CENTURY_INVALID', 'Chữ số thứ 4 của số định danh cá nhân (thế kỷ và giới tính) phải từ 0 đến 5.'));
  }
  const prefix = value.slice(0, 3);
  const warnings: Issue[] = [];
  if (!prefixSetOf(ctx.birthPrefixes).has(prefix)) {
    warnings.push(
      warning(
        'PERSONAL_ID_PREFIX_UNKNOWN',
        'Ba chữ số đầu của số định danh cá nhân không thuộc 63 mã nơi đăng ký khai sinh trong nước; hãy kiểm tra lại (người đăng ký khai sinh ở nước ngoài có mã khác).',
      ),
    );
  }
  return {
    ok: true,
    value: {
      value,
      prefix,
      centuryStart,
      sex: centuryDigit % 2 === 0 ? 'MALE' : 'FEMALE',
      yearOfBirth: centuryStart + Number(value.slice(4, 6)),
    },
    warnings,
  };
};

/** `079******345`: first 3 and last 3 digits, for every role that does not need the number. */
export const maskPersonalId = (id: string): string => {
  const v = id.trim();
  if (v.length <= 6) return '*'.repeat(v.length);
  return `${v.slice(0, 3)}${'*'.repeat(v.length - 6)}${v.slice(-3)}`;
};

/** Shape-only schema (12 digits); prefix and birth-date agreement need reference data, see validatePersonalId. */
export const personalIdSchema = z
  .string()
  .trim()
  .regex(/^\d{12}$/, { message: 'Số định danh cá nhân phải gồm đúng 12 chữ số.' })
  .refine((v) => v.charCodeAt(3) - 48 <= 5, { message: 'Chữ số thứ 4 của số định danh cá nhân (thế kỷ và giới tính) phải từ 0 đến 5.' });
