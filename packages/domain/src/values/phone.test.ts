import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskPhone, normalizePhone, phoneSchema } from './phone';

describe('normalizePhone', () => {
  it.each([
    ['0912345678', '+84912345678'],
    ['0312 345 678', '+84312345678'],
    ['+84 912.345.678', '+84912345678'],
    ['84912345678', '+84912345678'],
    ['(+84) 786-543-210', '+84786543210'],
    ['0587654321', '+84587654321'],
    ['0898765432', '+84898765432'],
  ])('normalises %j to %s', (raw, e164) => {
    expect(normalizePhone(raw)).toEqual({ ok: true, value: e164, warnings: [] });
  });

  it.each([
    ['', 'PHONE_REQUIRED'],
    ['091234567', 'PHONE_FORMAT'],
    ['09123456789', 'PHONE_FORMAT'],
    ['0212345678', 'PHONE_NOT_MOBILE'],
    ['0412345678', 'PHONE_NOT_MOBILE'],
    ['+84212345678', 'PHONE_NOT_MOBILE'],
    ['0912abc678', 'PHONE_NOT_DIGITS'],
    ['+1 415 555 0100', 'PHONE_FORMAT'],
  ])('refuses %j with %s', (raw, code) => {
    const r = normalizePhone(raw);
    expect(!r.ok && r.issues.map((i) => i.code)).toEqual([code]);
  });

  it('hints at a lost leading zero when the cell was numeric', () => {
    const r = normalizePhone('912345678', { fromNumericCell: true });
    expect(!r.ok && r.issues[0]?.code).toBe('PHONE_LEADING_ZERO_LOST');
    const plain = normalizePhone('912345678');
    expect(!plain.ok && plain.issues[0]?.code).toBe('PHONE_FORMAT');
  });

  it('is idempotent and always yields +84 and 9 digits (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom('0', '+84', '84', '+84 '), fc.constantFrom('3', '5', '7', '8', '9'), fc.stringMatching(/^\d{8}$/), (lead, first, rest) => {
        const r = normalizePhone(`${lead}${first}${rest}`);
        expect(r.ok).toBe(true);
        if (r.ok) {
          expect(r.value).toMatch(/^\+84[35789]\d{8}$/);
          expect(normalizePhone(r.value)).toEqual(r);
        }
      }),
    );
  });

  it('never puts the number in a message', () => {
    for (const raw of ['098765432', '0212345679', '987654321']) {
      const r = normalizePhone(raw, { fromNumericCell: true });
      for (const i of r.ok ? [] : r.issues) expect(i.message).not.toContain(raw);
    }
  });
});

describe('maskPhone', () => {
  it('keeps the carrier prefix and the last three digits', () => {
    expect(maskPhone('0912345678')).toBe('+8491****678');
    expect(maskPhone('+84912345678')).toBe('+8491****678');
  });
});

describe('phoneSchema', () => {
  it('transforms to E.164 with a Vietnamese message on failure', () => {
    expect(phoneSchema.parse('0912 345 678')).toBe('+84912345678');
    const r = phoneSchema.safeParse('12345');
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/Số điện thoại/);
  });
});
