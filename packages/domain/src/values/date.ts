import { z } from 'zod';

/**
 * Dates people type are `dd/MM/yyyy` (Vietnamese usage, domain.md §5 "Ngày sinh"); dates the system
 * stores are ISO `yyyy-MM-dd`. Parsing is strict (two-digit day and month, four-digit year, real
 * calendar day including 29/02 only in leap years) because a lenient parser silently turns typos into
 * other people's birthdays.
 */
const DISPLAY_PATTERN = /^(\d{2})\/(\d{2})\/(\d{4})$/;
const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (isLeapYear(year) ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;

const validParts = (year: number, month: number, day: number): boolean =>
  year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);

/** `dd/MM/yyyy` → `yyyy-MM-dd`, or null when it is not a real calendar day. */
export const parseDisplayDate = (raw: string): string | null => {
  const m = DISPLAY_PATTERN.exec(raw.trim());
  if (!m) return null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  const year = Number(m[3]);
  return validParts(year, month, day) ? `${m[3]}-${m[2]}-${m[1]}` : null;
};

export const isIsoDate = (value: string): boolean => {
  const m = ISO_PATTERN.exec(value);
  return m !== null && validParts(Number(m[1]), Number(m[2]), Number(m[3]));
};

/** `yyyy-MM-dd` → `dd/MM/yyyy`. A non-date is a programming error, so it throws. */
export const formatDisplayDate = (iso: string): string => {
  if (!isIsoDate(iso)) throw new RangeError('formatDisplayDate expects an ISO date yyyy-MM-dd');
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
};

/**
 * Age in whole years on `at` (both ISO). Someone born on 29/02 turns a year older on 01/03 in
 * common years, as Vietnamese civil practice counts full years of life.
 */
export const ageInYears = (birthIso: string, atIso: string): number => {
  if (!isIsoDate(birthIso) || !isIsoDate(atIso)) throw new RangeError('ageInYears expects ISO dates yyyy-MM-dd');
  const by = Number(birthIso.slice(0, 4));
  const bmd = Number(birthIso.slice(5, 7)) * 100 + Number(birthIso.slice(8, 10));
  const ay = Number(atIso.slice(0, 4));
  const amd = Number(atIso.slice(5, 7)) * 100 + Number(atIso.slice(8, 10));
  return ay - by - (amd < bmd ? 1 : 0);
};

/** ISO dates compare correctly as strings because every field is zero-padded. */
export const isAfter = (a: string, b: string): boolean => a > b;

export const isoDateSchema = z.string().refine(isIsoDate, { message: 'Ngày phải có dạng yyyy-MM-dd và là một ngày có thật.' });

/** Accepts `dd/MM/yyyy` as people type it, and yields the ISO date. */
export const displayDateSchema = z.string().transform((raw, ctx) => {
  const iso = parseDisplayDate(raw);
  if (iso === null) {
    ctx.addIssue({ code: 'custom', message: 'Ngày phải có dạng dd/MM/yyyy và là một ngày có thật.' });
    return z.NEVER;
  }
  return iso;
});

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;

/**
 * A date that a spreadsheet stored as a number (Excel/LibreOffice 1900 system: serial 1 = 1900-01-01,
 * counted from 1899-12-30 because of Lotus's phantom 29/02/1900). Serials up to 60 are refused: no
 * account holder was born in early 1900. Pure arithmetic on a fixed epoch, so it does not read the clock.
 */
export const fromSpreadsheetSerial = (raw: string): string | null => {
  if (!/^\d{2,6}(?:\.\d+)?$/.test(raw.trim())) return null;
  const serial = Math.floor(Number(raw));
  if (serial <= 60 || serial > 2_958_465) return null;
  return new Date(EXCEL_EPOCH_MS + serial * MS_PER_DAY).toISOString().slice(0, 10);
};

/** Adds calendar months, clamping to the month's last day (31/01 + 1 month = 28 or 29/02), as validity periods are read. */
export const addMonths = (iso: string, months: number): string => {
  if (!isIsoDate(iso) || !Number.isInteger(months)) throw new RangeError('addMonths expects an ISO date and whole months');
  const total = Number(iso.slice(0, 4)) * 12 + (Number(iso.slice(5, 7)) - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  const day = Math.min(Number(iso.slice(8, 10)), daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};
