import { describe, expect, it } from 'vitest';
import { emailSchema, validateEmail } from './email';

describe('validateEmail', () => {
  it.each([
    ['nguyenvana@hanoi.gov.vn', 'nguyenvana@hanoi.gov.vn'],
    [' Tran.Thi-B@Mic.GOV.VN ', 'Tran.Thi-B@mic.gov.vn'],
    ['a@gov.vn', 'a@gov.vn'],
  ])('accepts official %j without warning', (raw, value) => {
    expect(validateEmail(raw)).toEqual({ ok: true, value, warnings: [] });
  });

  it.each(['someone@gmail.com', 'x@notgov.vn', 'x@gov.vn.example.com', 'x@hanoi.edu.vn'])('accepts %j with the EMAIL_NOT_GOV_VN warning', (raw) => {
    const r = validateEmail(raw);
    expect(r.ok).toBe(true);
    expect(r.ok && r.warnings.map((w) => [w.code, w.severity])).toEqual([['EMAIL_NOT_GOV_VN', 'warning']]);
  });

  it.each([
    ['', 'EMAIL_REQUIRED'],
    ['plainaddress', 'EMAIL_FORMAT'],
    ['@hanoi.gov.vn', 'EMAIL_FORMAT'],
    ['a..b@hanoi.gov.vn', 'EMAIL_FORMAT'],
    ['.a@hanoi.gov.vn', 'EMAIL_FORMAT'],
    ['a@-hanoi.gov.vn', 'EMAIL_FORMAT'],
    ['a@hanoi', 'EMAIL_FORMAT'],
    ['a b@hanoi.gov.vn', 'EMAIL_FORMAT'],
    ['a@hanoi..gov.vn', 'EMAIL_FORMAT'],
    ['nguyễn@hanoi.gov.vn', 'EMAIL_FORMAT'],
  ])('refuses %j with %s', (raw, code) => {
    const r = validateEmail(raw);
    expect(!r.ok && r.issues.map((i) => i.code)).toEqual([code]);
  });

  it('has a schema that normalises', () => {
    expect(emailSchema.parse('A@HANOI.GOV.VN')).toBe('A@hanoi.gov.vn');
    expect(emailSchema.safeParse('nope').success).toBe(false);
  });
});
