import { addCalendarDays, dayOfWeek, toDayNumber } from './calendar-date';

/**
 * Working days in Vietnam: Monday–Friday, minus public holidays, plus the Saturdays the Government
 * declares as compensatory working days when it moves a holiday (domain.md §4 "Deadlines").
 * Lunar holidays (Tết, Giỗ Tổ Hùng Vương) move every year, so administrators keep the list as data.
 */
export interface WorkingCalendar {
  /** `yyyy-MM-dd` days off (public holidays and the days they are moved to). */
  readonly holidays: ReadonlySet<string>;
  /** `yyyy-MM-dd` Saturdays or Sundays that are working days (ngày làm bù). */
  readonly workingWeekends?: ReadonlySet<string>;
}

/** A calendar of one horizon is at most a few years; ten years without a working day is a broken calendar. */
const MAX_SCAN_DAYS = 3660;

export const isWorkingDay = (date: string, calendar: WorkingCalendar): boolean => {
  // A declared holiday wins over anything else: a day off is off even if listed as a make-up day.
  if (calendar.holidays.has(date)) return false;
  if (calendar.workingWeekends?.has(date)) return true;
  const dow = dayOfWeek(date);
  return dow !== 0 && dow !== 6;
};

/**
 * The n-th working day after `date` (n > 0), or before it (n < 0); `date` itself for n = 0.
 * The receipt day does not count: processing "in 3 working days" from a Monday receipt ends on Thursday.
 */
export const addWorkingDays = (date: string, n: number, calendar: WorkingCalendar): string => {
  if (!Number.isInteger(n)) throw new RangeError(`Working days must be an integer, got ${n}`);
  toDayNumber(date);
  const step = n < 0 ? -1 : 1;
  let remaining = Math.abs(n);
  let current = date;
  let scanned = 0;
  while (remaining > 0) {
    current = addCalendarDays(current, step);
    if (isWorkingDay(current, calendar)) remaining -= 1;
    if (++scanned > MAX_SCAN_DAYS + Math.abs(n)) throw new RangeError('The working calendar has no working days in ten years');
  }
  return current;
};

/** The first working day on or after `date`. */
export const nextWorkingDayOnOrAfter = (date: string, calendar: WorkingCalendar): string =>
  isWorkingDay(date, calendar) ? date : addWorkingDays(date, 1, calendar);

/**
 * Working days in (from, to] when to ≥ from; when to < from, minus the working days in [to, from).
 * Either way `workingDaysBetween(d, addWorkingDays(d, n, c), c) === n`.
 */
export const workingDaysBetween = (from: string, to: string, calendar: WorkingCalendar): number => {
  const a = toDayNumber(from);
  const b = toDayNumber(to);
  let count = 0;
  if (a < b) {
    for (let i = 1; i <= b - a; i += 1) if (isWorkingDay(addCalendarDays(from, i), calendar)) count += 1;
    return count;
  }
  for (let i = 0; i < a - b; i += 1) if (isWorkingDay(addCalendarDays(to, i), calendar)) count += 1;
  return count === 0 ? 0 : -count;
};

export type DeadlineState =
  | { readonly kind: 'ON_TIME'; readonly remaining: number }
  | { readonly kind: 'DUE_TODAY' }
  | { readonly kind: 'OVERDUE'; readonly by: number };

/**
 * Where `today` stands against `dueOn`. `remaining` counts the working days still ahead (the due day
 * included, today excluded); when none is left before the due day it is due today. `by` counts the
 * working days late, at least 1 (a Saturday right after a Friday deadline is already overdue).
 */
export const deadlineState = (dueOn: string, today: string, calendar: WorkingCalendar): DeadlineState => {
  if (today === dueOn) return { kind: 'DUE_TODAY' };
  if (toDayNumber(today) < toDayNumber(dueOn)) {
    const remaining = workingDaysBetween(today, dueOn, calendar);
    return remaining > 0 ? { kind: 'ON_TIME', remaining } : { kind: 'DUE_TODAY' };
  }
  return { kind: 'OVERDUE', by: Math.max(1, workingDaysBetween(dueOn, today, calendar)) };
};

/** The reminder goes out one working day before the deadline (domain.md §4 "Deadlines"). */
export const reminderOn = (dueOn: string, calendar: WorkingCalendar): string => addWorkingDays(dueOn, -1, calendar);

/** True on the one day the reminder for `dueOn` is due, so a daily job sends it exactly once. */
export const isReminderDay = (dueOn: string, today: string, calendar: WorkingCalendar): boolean =>
  today === reminderOn(dueOn, calendar);
