import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, calendarDateSchema, dayOfWeek, fromDayNumber, isCalendarDate, toDayNumber } from './calendar-date';

describe('calendar dates', () => {
  it('accepts real dates only', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('2025-13-01')).toBe(false);
    expect(isCalendarDate('2025-04-31')).toBe(false);
    expect(isCalendarDate('2025-4-1')).toBe(false);
    expect(isCalendarDate('01/07/2025')).toBe(false);
    expect(calendarDateSchema.safeParse('2025-07-01').success).toBe(true);
    expect(calendarDateSchema.safeParse('2025-06-31').success).toBe(false);
  });

  it('knows the day of the week', () => {
    expect(dayOfWeek('2025-07-01')).toBe(2); // Tuesday: the 34 provinces start
    expect(dayOfWeek('1970-01-01')).toBe(4);
    expect(dayOfWeek('2025-04-26')).toBe(6);
    expect(dayOfWeek('1969-12-28')).toBe(0);
  });

  it('crosses months, leap years and years', () => {
    expect(addCalendarDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addCalendarDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addCalendarDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addCalendarDays('2000-03-01', -1)).toBe('2000-02-29');
    expect(addCalendarDays('2100-03-01', -1)).toBe('2100-02-28');
  });

  it('round-trips day numbers', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), (n) => {
        const date = fromDayNumber(n);
        expect(isCalendarDate(date)).toBe(true);
        expect(toDayNumber(date)).toBe(n);
      }),
    );
  });

  it('throws on something that is not a date (a caller bug)', () => {
    expect(() => toDayNumber('2025-02-30')).toThrow(RangeError);
  });
});
