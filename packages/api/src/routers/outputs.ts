import { z } from 'zod';
import { DOSSIER_STATUSES, RECOMMENDATIONS } from '@ketnoi/domain';
import { QUEUE_TABS } from '../services/queue-tabs.ts';
import { SECURITY_EXPIRY_KINDS } from '../services/security-expiry.ts';

/**
 * Output schemas (quality A2): tRPC parses every answer with them, so a field that is not declared
 * here never leaves the server, and an unmasked ID number or phone fails the call instead of leaking.
 */
const maskedPersonalId = z.string().regex(/^\d{3}\*{6}\d{3}$/);
const maskedPhone = z.string().regex(/^\+84\d{2}\*+\d{3}$/);

export const maskedAccountRowSchema = z.object({
  rowNumber: z.number().int(),
  fullName: z.string(),
  personalId: maskedPersonalId,
  dateOfBirth: z.string(),
  sex: z.enum(['MALE', 'FEMALE']).nullable(),
  position: z.string(),
  workUnit: z.string(),
  phone: maskedPhone,
  email: z.string(),
  username: z.string(),
  services: z.array(z.string()),
});

/**
 * A row as reviewers read it: masked, with what they must look at twice — the row was added or
 * changed since the previous version, and how many other systems the reviewer may see list the
 * same person (cross-dossier duplicates, counted inside the reviewer's jurisdiction only).
 */
export const reviewedAccountRowSchema = maskedAccountRowSchema.extend({
  changedSinceVersion: z.boolean().optional(),
  listedElsewhere: z.number().int().min(0).optional(),
});

export const accountPageSchema = z.object({
  total: z.number().int(),
  items: z.array(reviewedAccountRowSchema),
  /** Reviewers: the version the flags compare with (null for version 1); absent for the unit. */
  previousVersion: z.number().int().nullable().optional(),
});

export const dossierSummarySchema = z.object({
  id: z.string(),
  code: z.string(),
  status: z.enum(DOSSIER_STATUSES),
  route: z.enum(['PROVINCIAL', 'NATIONAL']).nullable(),
  queueProvinceCode: z.string().nullable(),
  filedProvinceCode: z.string().nullable(),
  version: z.number().int(),
  revision: z.number().int(),
  stageKind: z.string().nullable(),
  stageDueOn: z.string().nullable(),
  submittedAt: z.string().nullable(),
  updatedAt: z.string(),
  createdAt: z.string(),
  amendsDossierId: z.string().nullable(),
  ownerUnitId: z.string(),
  ownerUnitName: z.string(),
  systemId: z.string(),
  systemName: z.string(),
  holderName: z.string().nullable(),
  holderUserId: z.string().nullable(),
  deadline: z
    .discriminatedUnion('kind', [
      z.object({ kind: z.literal('ON_TIME'), remaining: z.number().int() }),
      z.object({ kind: z.literal('DUE_TODAY') }),
      z.object({ kind: z.literal('OVERDUE'), by: z.number().int() }),
    ])
    .nullable(),
});

export const dossierPageSchema = z.object({ total: z.number().int(), items: z.array(dossierSummarySchema) });

/**
 * A reviewer's queue row: the summary, the queue province's name, PC06's last recommendation, and
 * the security confirmation's end of validity with its flag (expired, or expiring within 30 days).
 */
export const queueItemSchema = dossierSummarySchema.extend({
  provinceName: z.string().nullable(),
  lastRecommendation: z.enum(RECOMMENDATIONS).nullable(),
  securityValidUntil: z.string().nullable(),
  securityExpiry: z.enum(SECURITY_EXPIRY_KINDS).nullable(),
});

export const queuePageSchema = z.object({ total: z.number().int(), items: z.array(queueItemSchema) });

export const queueCountsSchema = z.object({
  tabs: z.record(z.enum(QUEUE_TABS), z.number().int()),
  overdue: z.number().int(),
  heldByMe: z.number().int(),
});
