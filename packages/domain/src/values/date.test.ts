import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, ageInYears, displayDateSchema, formatDisplayDate, isIsoDate, parseDisplayDate } from './date';

describe('parseDisplayDate', () => {
  it.each([
    ['05/03/2025', '2025-03-05'],
    ['29/02/2024', '2024-02-29'],
    ['29/02/2000', '2000-02-29'],
    ['31/12/1999', '1999-12-31'],
    [' 01/01/1970 ', '1970-01-01'],
  ])('parses %j', (raw, iso) => expect(parseDisplayDate(raw)).toBe(iso));

  it.each(['29/02/2023', '29/02/1900', '31/04/2024', '00/01/2024', '01/13/2024', '1/3/2025', '2025-03-05', '05-03-2025', '05/03/25', ''])(
    'refuses %j',
    (raw) => expect(parseDisplayDate(raw)).toBeNull(),
  );

  it('round-trips with formatDisplayDate (property)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        expect(isIsoDate(iso)).toBe(true);
        expect(parseDisplayDate(formatDisplayDate(iso))).toBe(iso);
      }),
    );
  });

  it('has a schema yielding ISO', () => {
    expect(displayDateSchema.parse('29/02/2024')).toBe('2024-02-29');
    expect(displayDateSchema.safeParse('30/02/2024').success).toBe(false);
  });
});

describe('ageInYears', () => {
  it.each([
    ['1993-11-28', '2026-11-28', 33],
    ['1993-11-29', '2026-11-28', 32],
    ['2008-11-28', '2026-11-28', 18],
    ['2008-11-29', '2026-11-28', 17],
    ['2004-02-29', '2026-02-28', 21],
    ['2004-02-29', '2026-03-01', 22],
  ])('born %s is %i on %s', (birth, at, age) => expect(ageInYears(birth, at)).toBe(age));

  it('throws on a non-date (a programming error)', () => {
    expect(() => ageInYears('1993-02-30', '2026-01-01')).toThrow(RangeError);
  });
});

describe('addMonths', () => {
  it.each([
    ['2024-11-28', 24, '2026-11-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2025-12-15', 1, '2026-01-15'],
    ['2025-03-31', -1, '2025-02-28'],
  ])('%s + %i months = %s', (iso, months, expected) => expect(addMonths(iso, months)).toBe(expected));
});
