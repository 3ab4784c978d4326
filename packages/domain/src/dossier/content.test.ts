import { describe, expect, it } from 'vitest';
import { dossierContentSchema, emptyDossierContent, securityConfirmationSchema, serviceRegistrationSchema, systemSchema } from './content';

describe('dossier content schemas', () => {
  it('accepts the empty content (a fresh draft)', () => {
    expect(dossierContentSchema.parse(emptyDossierContent())).toEqual(emptyDossierContent());
  });

  it('gives a fresh object each time so drafts never share state', () => {
    const a = emptyDossierContent();
    a.serviceRegistration.lines.push({ serviceCode: 'X', procedures: [], purpose: '', legalBasis: '', volumePerDay: 0, peakPerSecond: 0 });
    expect(emptyDossierContent().serviceRegistration.lines).toHaveLength(0);
  });

  it('refuses negative or fractional volumes', () => {
    const line = { serviceCode: 'TRA_CUU_THONG_TIN', procedures: [], purpose: 'p', legalBasis: 'l', volumePerDay: -1, peakPerSecond: 0 };
    expect(serviceRegistrationSchema.safeParse({ lines: [line] }).success).toBe(false);
    expect(serviceRegistrationSchema.safeParse({ lines: [{ ...line, volumePerDay: 1.5 }] }).success).toBe(false);
    expect(serviceRegistrationSchema.safeParse({ lines: [{ ...line, volumePerDay: 100 }] }).success).toBe(true);
  });

  it('refuses an unknown confirmation result and an impossible validity date', () => {
    const base = { survey: null, confirmation: { document: null, result: 'PASSED', validUntil: '2027-02-28' } };
    expect(securityConfirmationSchema.safeParse(base).success).toBe(true);
    expect(securityConfirmationSchema.safeParse({ ...base, confirmation: { ...base.confirmation, result: 'OK' } }).success).toBe(false);
    expect(securityConfirmationSchema.safeParse({ ...base, confirmation: { ...base.confirmation, validUntil: '2027-02-29' } }).success).toBe(false);
  });

  it('limits system security level to 1–5 and the channel to the three known ones', () => {
    const system = {
      name: 'Hệ thống một cửa điện tử',
      purpose: 'Giải quyết TTHC',
      host: 'motcua.example.gov.vn',
      operator: 'Sở KH&CN',
      securityLevel: 3,
      securityLevelDecision: { numberAndSymbol: '12/QĐ-UBND', issuedOn: '2024-05-02' },
      connectionChannel: 'LGSP',
    };
    expect(systemSchema.safeParse(system).success).toBe(true);
    expect(systemSchema.safeParse({ ...system, securityLevel: 6 }).success).toBe(false);
    expect(systemSchema.safeParse({ ...system, securityLevel: 0 }).success).toBe(false);
    expect(systemSchema.safeParse({ ...system, connectionChannel: 'EMAIL' }).success).toBe(false);
  });
});
