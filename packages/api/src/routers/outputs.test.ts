import { describe, expect, it } from 'vitest';
import { maskPersonalId, maskPhone } from '@ketnoi/domain';
import { maskedAccountRowSchema, dossierSummarySchema } from './outputs.ts';

const row = {
  rowNumber: 2,
  fullName: 'Lương Thị Hạnh',
  personalId: '040195004321',
  dateOfBirth: '1995-02-14',
  sex: 'FEMALE',
  position: 'Chuyên viên',
  workUnit: 'Bộ phận Một cửa',
  phone: '+84356123456',
  email: 'hanh@demo.gov.vn',
  username: 'hanhlt',
  services: ['TRA_CUU_THONG_TIN'],
};

describe('output schemas (A2)', () => {
  it('refuse an unmasked ID number or phone, so it can never leave the server', () => {
    expect(maskedAccountRowSchema.safeParse(row).success).toBe(false);
    expect(maskedAccountRowSchema.safeParse({ ...row, personalId: maskPersonalId(row.personalId) }).success).toBe(false);
    expect(maskedAccountRowSchema.safeParse({ ...row, personalId: maskPersonalId(row.personalId), phone: maskPhone(row.phone) }).success).toBe(true);
  });

  it('drop any field that is not declared', () => {
    const masked = { ...row, personalId: maskPersonalId(row.personalId), phone: maskPhone(row.phone), passwordHash: 'x', internalNote: 'y' };
    const parsed = maskedAccountRowSchema.parse(masked);
    expect(Object.keys(parsed).sort()).toEqual(Object.keys(row).sort());
    const summary = dossierSummarySchema.parse({
      id: 'd', code: 'KN-2026-000001', status: 'DRAFT', route: 'NATIONAL', queueProvinceCode: null, filedProvinceCode: null, version: 1, revision: 1,
      stageKind: null, stageDueOn: null, submittedAt: null, updatedAt: 'u', createdAt: 'c', amendsDossierId: null, ownerUnitId: 'o', ownerUnitName: 'O', systemId: 's', systemName: 'S',
      holderName: null, holderUserId: null, deadline: null, secret: 'never',
    });
    expect(summary).not.toHaveProperty('secret');
  });
});
