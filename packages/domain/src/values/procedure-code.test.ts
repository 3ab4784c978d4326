import { describe, expect, it } from 'vitest';
import { procedureCodeSchema, validateProcedureCode } from './procedure-code';

describe('validateProcedureCode', () => {
  it.each([
    ['1.001234', 'NATIONAL'],
    [' 2.000123 ', 'NATIONAL'],
    ['CCCD-006', 'LOCAL'],
    ['BTP-HT.01', 'LOCAL'],
    ['HN_01', 'LOCAL'],
  ] as const)('accepts %j as %s', (raw, kind) => {
    const r = validateProcedureCode(raw);
    expect(r.ok && r.value).toEqual({ code: raw.trim(), kind });
  });

  it.each([
    ['', 'PROCEDURE_CODE_REQUIRED'],
    ['1.00123', 'PROCEDURE_CODE_NATIONAL_FORMAT'],
    ['1001234', 'PROCEDURE_CODE_NATIONAL_FORMAT'],
    ['12.001234', 'PROCEDURE_CODE_NATIONAL_FORMAT'],
    ['AB', 'PROCEDURE_CODE_FORMAT'],
    ['-ABC', 'PROCEDURE_CODE_FORMAT'],
    ['THỦ-TỤC', 'PROCEDURE_CODE_FORMAT'],
    ['A'.repeat(31), 'PROCEDURE_CODE_FORMAT'],
    ['AB C', 'PROCEDURE_CODE_FORMAT'],
  ])('refuses %j with %s', (raw, code) => {
    const r = validateProcedureCode(raw);
    expect(!r.ok && r.issues.map((i) => i.code)).toEqual([code]);
  });

  it('has a schema', () => {
    expect(procedureCodeSchema.parse(' 1.001234')).toBe('1.001234');
    expect(procedureCodeSchema.safeParse('1.0012').success).toBe(false);
  });
});
