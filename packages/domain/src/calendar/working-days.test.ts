import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from './calendar-date';
import { CALENDAR_2025 } from './test-calendar-2025';
import { addWorkingDays, deadlineState, isReminderDay, isWorkingDay, nextWorkingDayOnOrAfter, reminderOn, workingDaysBetween } from './working-days';

const cal = CALENDAR_2025;

describe('working days', () => {
  it('skips weekends and holidays, counts compensatory Saturdays', () => {
    expect(isWorkingDay('2025-07-07', cal)).toBe(true); // Monday
    expect(isWorkingDay('2025-07-05', cal)).toBe(false); // Saturday
    expect(isWorkingDay('2025-07-06', cal)).toBe(false); // Sunday
    expect(isWorkingDay('2025-09-02', cal)).toBe(false); // Quốc khánh
    expect(isWorkingDay('2025-04-26', cal)).toBe(true); // làm bù for 2/5
    expect(isWorkingDay('2025-04-26', { holidays: new Set(['2025-04-26']), workingWeekends: new Set(['2025-04-26']) })).toBe(false);
  });

  it('puts the due date on the n-th working day after receipt', () => {
    expect(addWorkingDays('2025-07-07', 3, cal)).toBe('2025-07-10'); // Mon → Thu
    expect(addWorkingDays('2025-07-10', 3, cal)).toBe('2025-07-15'); // Thu → Tue over a weekend
    expect(addWorkingDays('2025-08-29', 3, cal)).toBe('2025-09-05'); // over Quốc khánh
    expect(addWorkingDays('2025-04-24', 3, cal)).toBe('2025-04-28'); // Saturday 26/4 counts
    expect(addWorkingDays('2025-07-05', 3, cal)).toBe('2025-07-09'); // received on a Saturday
    expect(addWorkingDays('2025-01-24', 5, cal)).toBe('2025-02-07'); // over Tết: 3–7 Feb
    expect(addWorkingDays('2025-07-07', 0, cal)).toBe('2025-07-07');
    expect(addWorkingDays('2025-09-03', -1, cal)).toBe('2025-08-29');
  });

  it('refuses impossible inputs', () => {
    expect(() => addWorkingDays('2025-07-07', 1.5, cal)).toThrow(RangeError);
    expect(() => addWorkingDays('2025-07-32', 1, cal)).toThrow(RangeError);
    const noWorkingDays = { holidays: new Set<string>(), workingWeekends: new Set<string>() };
    const allOff = { ...noWorkingDays, holidays: new Set(Array.from({ length: 4000 }, (_, i) => fromDayNumber(toDayNumber('2025-07-01') + i))) };
    expect(() => addWorkingDays('2025-06-30', 1, allOff)).toThrow(RangeError);
  });

  it('counts working days in (from, to]', () => {
    expect(workingDaysBetween('2025-07-07', '2025-07-10', cal)).toBe(3);
    expect(workingDaysBetween('2025-07-10', '2025-07-07', cal)).toBe(-3);
    expect(workingDaysBetween('2025-08-29', '2025-09-02', cal)).toBe(0);
    expect(workingDaysBetween('2025-07-07', '2025-07-07', cal)).toBe(0);
  });

  it('is the inverse of addWorkingDays and always lands on a working day', () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber('2024-12-01'), max: toDayNumber('2025-12-31') }), fc.integer({ min: -40, max: 40 }), (day, n) => {
        const from = fromDayNumber(day);
        const to = addWorkingDays(from, n, cal);
        expect(workingDaysBetween(from, to, cal)).toBe(n);
        if (n !== 0) expect(isWorkingDay(to, cal)).toBe(true);
        expect(isWorkingDay(nextWorkingDayOnOrAfter(from, cal), cal)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('deadline state and reminder', () => {
  it('says how many working days remain, due today, or overdue by how many', () => {
    expect(deadlineState('2025-09-05', '2025-08-29', cal)).toEqual({ kind: 'ON_TIME', remaining: 3 });
    expect(deadlineState('2025-09-05', '2025-09-04', cal)).toEqual({ kind: 'ON_TIME', remaining: 1 });
    expect(deadlineState('2025-09-05', '2025-09-05', cal)).toEqual({ kind: 'DUE_TODAY' });
    expect(deadlineState('2025-09-05', '2025-09-08', cal)).toEqual({ kind: 'OVERDUE', by: 1 });
    expect(deadlineState('2025-09-05', '2025-09-06', cal)).toEqual({ kind: 'OVERDUE', by: 1 }); // Saturday after
    expect(deadlineState('2025-09-05', '2025-09-10', cal)).toEqual({ kind: 'OVERDUE', by: 3 });
    // A due day that became a holiday after the deadline was set: nothing left before it.
    expect(deadlineState('2025-09-06', '2025-09-05', cal)).toEqual({ kind: 'DUE_TODAY' });
  });

  it('reminds one working day before', () => {
    expect(reminderOn('2025-09-03', cal)).toBe('2025-08-29');
    expect(reminderOn('2025-07-10', cal)).toBe('2025-07-09');
    expect(isReminderDay('2025-09-03', '2025-08-29', cal)).toBe(true);
    expect(isReminderDay('2025-09-03', '2025-08-30', cal)).toBe(false);
    expect(isReminderDay('2025-09-03', '2025-09-03', cal)).toBe(false);
  });
});
