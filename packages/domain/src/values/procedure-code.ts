import { z } from 'zod';
import { error, type Result } from '../issue';

/**
 * Administrative procedure code (*mã TTHC*, domain.md §5 part 3). National codes of the national
 * procedure database are `d.dddddd` (`1.001234`). Local codes are not standardised, so ketnoi accepts
 * 3–30 characters of letters A–Z, digits, `.`, `-` and `_`, starting and ending with a letter or digit
 * and containing at least one letter (e.g. `CCCD-006`, `BTP-HT.01`). Requiring a letter means a mistyped
 * national code such as `1.00123` is reported as such instead of passing as a local code.
 */
const NATIONAL = /^\d\.\d{6}$/;
const LOCAL = /^[A-Za-z0-9](?:[A-Za-z0-9._-]{1,28})[A-Za-z0-9]$/;
const HAS_LETTER = /[A-Za-z]/;
const NUMERIC_ONLY = /^[\d.]+$/;

export type ProcedureCodeKind = 'NATIONAL' | 'LOCAL';
export interface ProcedureCode {
  readonly code: string;
  readonly kind: ProcedureCodeKind;
}

export const validateProcedureCode = (raw: string): Result<ProcedureCode> => {
  const code = raw.trim();
  if (code.length === 0) return { ok: false, issues: [error('PROCEDURE_CODE_REQUIRED', 'Cần nhập mã thủ tục hành chính.')] };
  if (NATIONAL.test(code)) return { ok: true, value: { code, kind: 'NATIONAL' }, warnings: [] };
  if (NUMERIC_ONLY.test(code)) {
    return {
      ok: false,
      issues: [error('PROCEDURE_CODE_NATIONAL_FORMAT', 'Mã thủ tục hành chính quốc gia phải có dạng d.dddddd, ví dụ 1.001234.')],
    };
  }
  if (LOCAL.test(code) && HAS_LETTER.test(code)) return { ok: true, value: { code, kind: 'LOCAL' }, warnings: [] };
  return {
    ok: false,
    issues: [
      error(
        'PROCEDURE_CODE_FORMAT',
        'Mã thủ tục hành chính phải là mã quốc gia dạng d.dddddd (ví dụ 1.001234) hoặc mã địa phương 3–30 ký tự gồm chữ cái không dấu, chữ số, dấu chấm, gạch ngang, gạch dưới.',
      ),
    ],
  };
};

export const procedureCodeSchema = z
  .string()
  .trim()
  .refine((c) => validateProcedureCode(c).ok, {
    message: 'Mã thủ tục hành chính phải có dạng d.dddddd (ví dụ 1.001234) hoặc là mã địa phương hợp lệ.',
  });
