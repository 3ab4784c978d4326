import { describe, expect, it } from 'vitest';
import { addCalendarDays, workingDaysBetween, type WorkingCalendar } from '@ketnoi/domain';
import { ageBucketOf, ageBucketStartDays, periodOf, periodsEnding, startOfLocalDay, AGE_BUCKET_DAYS } from './dashboard-periods.ts';

const calendar: WorkingCalendar = {
  // Tết 2026 (Mon 16/02 – Fri 20/02 off) and a made-up compensatory Saturday.
  holidays: new Set(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20']),
  workingWeekends: new Set(['2026-02-28']),
};

describe('dashboard periods', () => {
  it('weeks start on Monday and months on the 1st, last day included', () => {
    expect(periodOf('2026-11-25', 'week')).toEqual({ from: '2026-11-23', to: '2026-11-29' });
    expect(periodOf('2026-11-29', 'week')).toEqual({ from: '2026-11-23', to: '2026-11-29' });
    expect(periodOf('2026-11-30', 'week')).toEqual({ from: '2026-11-30', to: '2026-12-06' });
    expect(periodOf('2028-02-10', 'month')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(periodOf('2026-12-31', 'month')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });

  it('lists the periods ending with the current one, oldest first, without gaps', () => {
    const months = periodsEnding('2026-02-14', 'month', 3);
    expect(months.map((p) => p.from)).toEqual(['2025-12-01', '2026-01-01', '2026-02-01']);
    const weeks = periodsEnding('2026-01-01', 'week', 4);
    expect(weeks[3]).toEqual({ from: '2025-12-29', to: '2026-01-04' });
    for (let i = 1; i < weeks.length; i += 1) expect(weeks[i]!.from).toBe(addCalendarDays(weeks[i - 1]!.to, 1));
  });

  it('a local day starts at 00:00 in Hà Nội, 17:00 UTC the day before', () => {
    expect(startOfLocalDay('2026-03-01').toISOString()).toBe('2026-02-28T17:00:00.000Z');
  });

  it('puts every start day in the bucket of its age in working days, across Tết and weekends', () => {
    for (const today of ['2026-02-23', '2026-02-21', '2026-03-02', '2026-02-28', '2026-11-25']) {
      const bounds = ageBucketStartDays(today, calendar);
      for (let back = -3; back <= 40; back += 1) {
        const started = addCalendarDays(today, -back);
        const age = Math.max(0, workingDaysBetween(started, today, calendar));
        const bucket = ageBucketOf(started, bounds);
        const { min, max } = AGE_BUCKET_DAYS[bucket];
        expect(age, `${started} seen on ${today}`).toBeGreaterThanOrEqual(min);
        if (max !== null) expect(age, `${started} seen on ${today}`).toBeLessThanOrEqual(max);
      }
    }
  });

  it('Monday after Tết: a stage started on Tuesday before the holiday is 4 working days old, not 13 calendar days', () => {
    const bounds = ageBucketStartDays('2026-02-23', calendar);
    expect(ageBucketOf('2026-02-11', bounds)).toBe('0-3'); // Thu 12, Fri 13, Mon 23
    expect(ageBucketOf('2026-02-10', bounds)).toBe('4-5'); // Wed 11 too
    expect(ageBucketOf('2026-02-06', bounds)).toBe('6-10'); // Mon 9, Tue 10 too
  });
});
