import { z } from 'zod';
import { accountRowSchema, type AccountRow } from '../account-list/account-row';
import { isIsoDate } from '../values/date';
import { documentReferenceSchema } from '../values/document-reference';
import { securityLevelSchema } from '../values/security-level';

/**
 * The content of a dossier version: the four parts of letter 1658/CV-TCTTKĐA (domain.md §1, §5).
 * These schemas check shape only, so a DRAFT may be saved half-filled; whether it may be submitted is
 * `checkCompleteness`. The database stores this as JSON and the API validates it with these schemas.
 */
const isoDate = z.string().refine(isIsoDate, { message: 'Ngày phải là một ngày có thật, dạng yyyy-MM-dd.' });
const text = (max: number) => z.string().max(max, { message: `Không quá ${max} ký tự.` });

// Part 3 — Phiếu đăng ký sử dụng dịch vụ (letter 761/VPCP-KSTT).
export const procedureRefSchema = z.object({ code: text(30), name: text(500) });
export type ProcedureRef = z.infer<typeof procedureRefSchema>;

export const serviceLineSchema = z.object({
  serviceCode: text(64),
  procedures: z.array(procedureRefSchema),
  purpose: text(2000),
  legalBasis: text(2000),
  volumePerDay: z.number().int({ message: 'Lưu lượng dự kiến mỗi ngày phải là số nguyên.' }).min(0, { message: 'Lưu lượng dự kiến không được âm.' }),
  peakPerSecond: z.number().int({ message: 'Lưu lượng cao điểm mỗi giây phải là số nguyên.' }).min(0, { message: 'Lưu lượng cao điểm không được âm.' }),
});
export type ServiceLine = z.infer<typeof serviceLineSchema>;

export const serviceRegistrationSchema = z.object({ lines: z.array(serviceLineSchema) });
export type ServiceRegistration = z.infer<typeof serviceRegistrationSchema>;

// Part 1 — Bản cam kết của tổ chức (one commitment by the organisation; never per person).
export const orgCommitmentSchema = z.object({ document: documentReferenceSchema.nullable() });
export type OrgCommitment = z.infer<typeof orgCommitmentSchema>;

// Part 4 — Phiếu khảo sát đánh giá an ninh an toàn, then A05's confirmation.
export const HOSTING_KINDS = ['OWN_DATA_CENTRE', 'GOVERNMENT_CLOUD', 'PROVIDER'] as const;
export const VULNERABILITY_TEST_KINDS = ['SCAN', 'PENTEST'] as const;

export const securitySurveySchema = z.object({
  informationTypes: z.array(text(200)),
  systemType: text(200),
  securityLevel: securityLevelSchema,
  securityLevelApproval: z.object({ numberAndSymbol: text(100), issuedOn: isoDate }),
  hosting: z.enum(HOSTING_KINDS),
  network: z.object({ firewall: z.boolean(), ips: z.boolean(), waf: z.boolean() }),
  malwareProtection: z.boolean(),
  logging: z.object({ enabled: z.boolean(), retentionMonths: z.number().int().min(0) }),
  monitoringSoc: z.boolean(),
  lastVulnerabilityTest: z.object({ kind: z.enum(VULNERABILITY_TEST_KINDS), on: isoDate }).nullable(),
  backup: z.object({ enabled: z.boolean(), tested: z.boolean() }),
  securityOfficer: z.object({ name: text(100), position: text(200), email: text(254), phone: text(20) }),
});
export type SecuritySurvey = z.infer<typeof securitySurveySchema>;

export const CONFIRMATION_RESULTS = ['PASSED', 'PASSED_WITH_CONDITIONS', 'NOT_PASSED'] as const;
export type ConfirmationResult = (typeof CONFIRMATION_RESULTS)[number];

export const securityConfirmationSchema = z.object({
  survey: securitySurveySchema.nullable(),
  confirmation: z.object({
    document: documentReferenceSchema.nullable(),
    result: z.enum(CONFIRMATION_RESULTS).nullable(),
    validUntil: isoDate.nullable(),
  }),
});
export type SecurityConfirmation = z.infer<typeof securityConfirmationSchema>;

// The connecting information system (domain.md §5 "Owner unit and system").
export const CONNECTION_CHANNELS = ['NDXP', 'LGSP', 'DEDICATED'] as const;
export type ConnectionChannel = (typeof CONNECTION_CHANNELS)[number];

export const systemSchema = z.object({
  name: z.string().trim().min(1, { message: 'Cần ghi tên hệ thống thông tin.' }).max(300, { message: 'Tên hệ thống không quá 300 ký tự.' }),
  purpose: text(2000),
  host: text(300),
  operator: text(300),
  securityLevel: securityLevelSchema,
  securityLevelDecision: z.object({ numberAndSymbol: text(100), issuedOn: isoDate }).nullable(),
  connectionChannel: z.enum(CONNECTION_CHANNELS),
});
export type System = z.infer<typeof systemSchema>;

export const dossierContentSchema = z.object({
  serviceRegistration: serviceRegistrationSchema,
  orgCommitment: orgCommitmentSchema,
  securityConfirmation: securityConfirmationSchema,
  accounts: z.array(accountRowSchema),
});

export interface DossierContent {
  serviceRegistration: ServiceRegistration;
  orgCommitment: OrgCommitment;
  securityConfirmation: SecurityConfirmation;
  accounts: AccountRow[];
}

export const emptyDossierContent = (): DossierContent => ({
  serviceRegistration: { lines: [] },
  orgCommitment: { document: null },
  securityConfirmation: { survey: null, confirmation: { document: null, result: null, validUntil: null } },
  accounts: [],
});
