import { z } from 'zod';

/**
 * Shapes of the reference data the domain reasons with. The data itself is never imported here:
 * callers pass it in (from the database, or from @ketnoi/reference offline).
 */
export interface Province {
  /** 2-digit code of QĐ 19/2025/QĐ-TTg for current provinces; historical provinces get their own codes. */
  readonly code: string;
  readonly name: string;
  /** ISO date `yyyy-MM-dd`, inclusive. */
  readonly validFrom: string;
  /** ISO date `yyyy-MM-dd`, exclusive; null while current. */
  readonly validTo: string | null;
  /** The province that absorbed this one (2025 reorganisation); null while current. */
  readonly successorCode: string | null;
}

export interface BirthPrefix {
  /** First three digits of a 12-digit personal ID number (TT 07/2016/TT-BCA). */
  readonly prefix: string;
  readonly name: string;
  readonly successorProvinceCode: string;
}

export interface ServiceCatalogueEntry {
  readonly code: string;
  readonly name: string;
  readonly active: boolean;
}

/** Values domain.md marks [policy]: configuration with these defaults. */
export interface Policy {
  readonly provincialReviewWorkingDays: number;
  readonly nationalReviewWorkingDays: number;
  readonly minimumSecurityLevel: number;
  readonly confirmationValidityMonths: number;
  readonly accountHolderMinAge: number;
  readonly accountHolderMaxAge: number;
  /** 'restart' gives a resubmitted stage a new full deadline; 'resume' continues the remaining time. */
  readonly deadlineOnResubmit: 'restart' | 'resume';
}

export const DEFAULT_POLICY: Policy = {
  provincialReviewWorkingDays: 3,
  nationalReviewWorkingDays: 5,
  minimumSecurityLevel: 3,
  confirmationValidityMonths: 24,
  accountHolderMinAge: 18,
  accountHolderMaxAge: 70,
  deadlineOnResubmit: 'restart',
};

/**
 * What an administrator may set: each value within a range a real procedure could have. The
 * minimum security level cannot go below 3 unless policy says so deliberately (TT 46/2022 asks 3).
 */
export const policyFieldsSchema = z.strictObject({
  provincialReviewWorkingDays: z.number().int().min(1, 'Thời hạn PC06 ít nhất 1 ngày làm việc.').max(30, 'Thời hạn PC06 không quá 30 ngày làm việc.'),
  nationalReviewWorkingDays: z.number().int().min(1, 'Thời hạn C06 ít nhất 1 ngày làm việc.').max(60, 'Thời hạn C06 không quá 60 ngày làm việc.'),
  minimumSecurityLevel: z.number().int().min(1).max(5, 'Cấp độ an toàn từ 1 đến 5.'),
  confirmationValidityMonths: z.number().int().min(1).max(120, 'Hiệu lực văn bản xác nhận không quá 120 tháng.'),
  accountHolderMinAge: z.number().int().min(15).max(40),
  accountHolderMaxAge: z.number().int().min(40).max(100),
  deadlineOnResubmit: z.enum(['restart', 'resume']),
});

export const policySchema = policyFieldsSchema.refine((p) => p.accountHolderMinAge < p.accountHolderMaxAge, {
  message: 'Tuổi tối thiểu phải nhỏ hơn tuổi tối đa.',
  path: ['accountHolderMinAge'],
});
