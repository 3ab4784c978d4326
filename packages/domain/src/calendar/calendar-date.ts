import { z } from 'zod';

/**
 * Calendar dates are `yyyy-MM-dd` strings everywhere in ketnoi (deadlines, holidays, decisions).
 * Day arithmetic is done on a day number (days since 1970-01-01) with the proleptic Gregorian
 * algorithm of H. Hinnant, so that nothing depends on the host's time zone or clock.
 */
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export const daysFromCivil = (year: number, month: number, day: number): number => {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
};

const civilFromDays = (dayNumber: number): { year: number; month: number; day: number } => {
  const z0 = dayNumber + 719468;
  const era = Math.floor(z0 / 146097);
  const doe = z0 - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
};

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export const isCalendarDate = (value: string): boolean => {
  const m = DATE_PATTERN.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const back = civilFromDays(daysFromCivil(year, month, day));
  return back.month === month && back.day === day;
};

/** Broken invariant (a caller passed something that is not a date) → throw, per house style. */
export const toDayNumber = (date: string): number => {
  if (!isCalendarDate(date)) throw new RangeError(`Not a calendar date (yyyy-MM-dd): ${JSON.stringify(date)}`);
  return daysFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
};

export const fromDayNumber = (dayNumber: number): string => {
  const { year, month, day } = civilFromDays(dayNumber);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
};

export const addCalendarDays = (date: string, days: number): string => fromDayNumber(toDayNumber(date) + days);

/** 0 = Sunday … 6 = Saturday. 1970-01-01 was a Thursday. */
export const dayOfWeek = (date: string): number => (((toDayNumber(date) + 4) % 7) + 7) % 7;

export const calendarDateSchema = z
  .string()
  .refine(isCalendarDate, { message: 'Ngày phải có dạng yyyy-MM-dd và là một ngày có thật.' });
