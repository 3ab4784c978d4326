import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BirthPrefix } from '../reference';
import { maskPersonalId, personalIdSchema, validatePersonalId } from './personal-id';

const birthPrefixes: BirthPrefix[] = [
  { prefix: '001', name: 'Hà Nội', successorProvinceCode: '01' },
  { prefix: '079', name: 'Thành phố Hồ Chí Minh', successorProvinceCode: '79' },
];
const ctx = { birthPrefixes };
const codes = (r: ReturnType<typeof validatePersonalId>) => (r.ok ? r.warnings.map((w) => w.code) : r.issues.map((i) => i.code));

describe('validatePersonalId', () => {
  it.each([
    ['079093001234', 1900, 'MALE', 1993],
    ['001195004321', 1900, 'FEMALE', 1995],
    ['079200012345', 2000, 'MALE', 2000],
    ['079305012345', 2000, 'FEMALE', 2005],
    ['001401012345', 2100, 'MALE', 2101],
    ['001599012345', 2100, 'FEMALE', 2199],
  ] as const)('reads %s as born %s-century %s in %s', (id, centuryStart, sex, year) => {
    const r = validatePersonalId(id, ctx);
    expect(r).toEqual({ ok: true, value: { value: id, prefix: id.slice(0, 3), centuryStart, sex, yearOfBirth: year }, warnings: [] });
  });

  it('strips surrounding spaces', () => {
    const r = validatePersonalId('  079093001234 ', ctx);
    expect(r.ok && r.value.value).toBe('079093001234');
  });

  it.each([
    ['', 'PERSONAL_ID_REQUIRED'],
    ['123456789', 'PERSONAL_ID_OLD_CMND'],
    ['79093001234', 'PERSONAL_ID_LENGTH'],
    ['0790930012345', 'PERSONAL_ID_LENGTH'],
    ['07909300123A', 'PERSONAL_ID_NOT_DIGITS'],
    ['079 093 001 234', 'PERSONAL_ID_NOT_DIGITS'],
    ['079693001234', 'PERSONAL_ID_CENTURY_INVALID'],
    ['079993001234', 'PERSONAL_ID_CENTURY_INVALID'],
  ])('refuses %j with %s', (raw, code) => {
    const r = validatePersonalId(raw, ctx);
    expect(r.ok).toBe(false);
    expect(codes(r)).toEqual([code]);
  });

  it('hints at a lost leading zero only when the cell was numeric', () => {
    expect(codes(validatePersonalId('40195004321', { ...ctx, fromNumericCell: true }))).toEqual(['PERSONAL_ID_LEADING_ZERO_LOST']);
    expect(codes(validatePersonalId('40195004321', ctx))).toEqual(['PERSONAL_ID_LENGTH']);
  });

  it('tells the user of an old CMND to use the 12-digit number', () => {
    const r = validatePersonalId('023456789', ctx);
    expect(!r.ok && r.issues[0]?.message).toMatch(/12 chữ số/);
  });

  it('warns, not refuses, on an unknown birth prefix (births abroad)', () => {
    const r = validatePersonalId('999093001234', ctx);
    expect(r.ok).toBe(true);
    expect(codes(r)).toEqual(['PERSONAL_ID_PREFIX_UNKNOWN']);
    expect(r.ok && r.warnings[0]?.severity).toBe('warning');
  });

  it('never puts the number in a message', () => {
    for (const raw of ['123456789', '40195004321', '07909300123A', '999093001234', '079693001234']) {
      const r = validatePersonalId(raw, { ...ctx, fromNumericCell: true });
      for (const i of r.ok ? r.warnings : r.issues) expect(i.message).not.toContain(raw);
    }
  });

  it('validates every generated number for a generated birth year and sex (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('001', '079'),
        fc.integer({ min: 1900, max: 2199 }),
        fc.constantFrom('MALE' as const, 'FEMALE' as const),
        fc.stringMatching(/^\d{6}$/),
        (prefix, year, sex, tail) => {
          const centuryDigit = ((Math.floor(year / 100) - 19) * 2 + (sex === 'FEMALE' ? 1 : 0)).toString();
          const id = `${prefix}${centuryDigit}${String(year % 100).padStart(2, '0')}${tail}`;
          const r = validatePersonalId(id, ctx);
          expect(r.ok).toBe(true);
          if (r.ok) {
            expect(r.value.yearOfBirth).toBe(year);
            expect(r.value.sex).toBe(sex);
            expect(r.warnings).toEqual([]);
          }
        },
      ),
    );
  });
});

describe('maskPersonalId', () => {
  it('keeps the first and last three digits', () => {
    expect(maskPersonalId('079093001345')).toBe('079******345');
  });
  it('never reveals more than 6 digits of a 12-digit number (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{12}$/), (id) => {
        const m = maskPersonalId(id);
        expect(m).toHaveLength(12);
        expect(m.slice(3, 9)).toBe('******');
      }),
    );
  });
});

describe('personalIdSchema', () => {
  it('accepts 12 digits and refuses others', () => {
    expect(personalIdSchema.parse(' 079093001234 ')).toBe('079093001234');
    expect(personalIdSchema.safeParse('79093001234').success).toBe(false);
    expect(personalIdSchema.safeParse('079893001234').success).toBe(false);
  });
});
