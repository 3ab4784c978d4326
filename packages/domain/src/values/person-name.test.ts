import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { personNameSchema, validatePersonName } from './person-name';

describe('validatePersonName', () => {
  it.each([
    ['Nguyễn Văn An', 'Nguyễn Văn An'],
    ['  Trần   Thị    Bích  ', 'Trần Thị Bích'],
    ['Ha\u0300 Thi\u0323 Nga', 'Hà Thị Nga'],
    ["Y'Nga Niê", "Y'Nga Niê"],
    ['Y\u2019 Bih', "Y' Bih"],
    ['Lê-Đặng Ước', 'Lê-Đặng Ước'],
    ['Võ', 'Võ'],
  ])('accepts %j as %j in NFC', (raw, expected) => {
    const r = validatePersonName(raw);
    expect(r.ok && r.value).toBe(expected);
    expect(r.ok && r.value.normalize('NFC') === r.value).toBe(true);
  });

  it.each([
    ['', 'NAME_REQUIRED'],
    ['   ', 'NAME_REQUIRED'],
    ['A', 'NAME_LENGTH'],
    ['A'.repeat(101), 'NAME_LENGTH'],
    ['Nguyễn Văn 3', 'NAME_CHARACTERS'],
    ['Nguyễn.Văn', 'NAME_CHARACTERS'],
    ['-An', 'NAME_CHARACTERS'],
    ['An-', 'NAME_CHARACTERS'],
    ['=cmd|calc', 'NAME_CHARACTERS'],
  ])('refuses %j with %s', (raw, code) => {
    const r = validatePersonName(raw);
    expect(!r.ok && r.issues.map((i) => i.code)).toEqual([code]);
  });

  it('is idempotent (property)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const r = validatePersonName(s);
        if (r.ok) expect(validatePersonName(r.value)).toEqual(r);
      }),
    );
  });

  it('has a schema that yields the normalised name', () => {
    expect(personNameSchema.parse(' Phạm  Minh ')).toBe('Phạm Minh');
    expect(personNameSchema.safeParse('X').success).toBe(false);
  });
});
