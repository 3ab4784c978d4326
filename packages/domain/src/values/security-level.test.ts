import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../reference';
import { checkSecurityLevel, securityLevelSchema } from './security-level';

describe('security level', () => {
  it.each([1, 2, 3, 4, 5])('schema accepts %i', (n) => expect(securityLevelSchema.parse(n)).toBe(n));
  it.each([0, 6, 2.5, Number.NaN])('schema refuses %s', (n) => expect(securityLevelSchema.safeParse(n).success).toBe(false));
  it('schema refuses a string', () => expect(securityLevelSchema.safeParse('3').success).toBe(false));

  it('requires the policy minimum (TT 46/2022: 3 by default)', () => {
    expect(checkSecurityLevel(3, DEFAULT_POLICY)).toEqual([]);
    expect(checkSecurityLevel(5, DEFAULT_POLICY)).toEqual([]);
    expect(checkSecurityLevel(2, DEFAULT_POLICY, ['SYSTEM', 'securityLevel'])).toEqual([
      expect.objectContaining({ code: 'SECURITY_LEVEL_TOO_LOW', severity: 'error', path: ['SYSTEM', 'securityLevel'] }),
    ]);
    expect(checkSecurityLevel(3, { ...DEFAULT_POLICY, minimumSecurityLevel: 4 }).map((i) => i.code)).toEqual(['SECURITY_LEVEL_TOO_LOW']);
    expect(checkSecurityLevel(7, DEFAULT_POLICY).map((i) => i.code)).toEqual(['SECURITY_LEVEL_INVALID']);
  });
});
