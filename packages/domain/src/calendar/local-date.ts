import { z } from 'zod';
import { daysFromCivil, fromDayNumber } from './calendar-date';

/**
 * Deadlines count in Asia/Ho_Chi_Minh (domain.md §4 "Deadlines"). Vietnam has used UTC+7 without
 * daylight saving since 1975, so the local date is plain arithmetic: no Intl, no host time zone.
 */
const VIETNAM_OFFSET_MINUTES = 7 * 60;
const INSTANT_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})$/;

interface ParsedInstant {
  /** Minutes since 1970-01-01T00:00Z, and the milliseconds within that minute. */
  readonly minutesSinceEpoch: number;
  readonly millisecondsInMinute: number;
}

const parseInstant = (instant: string): ParsedInstant | null => {
  const m = INSTANT_PATTERN.exec(instant);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0)) as [number, number, number, number, number, number];
  const milliseconds = Number((m[7] ?? '').padEnd(3, '0').slice(0, 3));
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return null;
  const dayNumber = daysFromCivil(year, month, day);
  if (fromDayNumber(dayNumber) !== `${m[1]}-${m[2]}-${m[3]}`) return null;
  const zone = m[8] ?? 'Z';
  let offset = 0;
  if (zone !== 'Z') {
    const oh = Number(zone.slice(1, 3));
    const om = Number(zone.slice(4, 6));
    if (oh > 23 || om > 59) return null;
    offset = (zone.startsWith('-') ? -1 : 1) * (oh * 60 + om);
  }
  return { minutesSinceEpoch: dayNumber * 1440 + hour * 60 + minute - offset, millisecondsInMinute: second * 1000 + milliseconds };
};

/** An ISO 8601 instant with a zone (`Z` or `±hh:mm`), e.g. `2025-07-01T02:30:00Z`. */
export const isInstant = (value: string): boolean => parseInstant(value) !== null;

export const instantSchema = z
  .string()
  .refine(isInstant, { message: 'Thời điểm phải theo ISO 8601 và có múi giờ, ví dụ 2025-07-01T09:30:00+07:00.' });

/** The calendar date in Asia/Ho_Chi_Minh of an instant. */
export const localDate = (instant: string): string => {
  const parsed = parseInstant(instant);
  if (!parsed) throw new RangeError(`Not an ISO instant with a zone: ${JSON.stringify(instant)}`);
  return fromDayNumber(Math.floor((parsed.minutesSinceEpoch + VIETNAM_OFFSET_MINUTES) / 1440));
};

/** Order of two instants (negative, 0, positive), independent of how their zones are written. */
export const compareInstants = (a: string, b: string): number => {
  const pa = parseInstant(a);
  const pb = parseInstant(b);
  if (!pa || !pb) throw new RangeError('Not an ISO instant with a zone');
  return (pa.minutesSinceEpoch - pb.minutesSinceEpoch) * 60_000 + (pa.millisecondsInMinute - pb.millisecondsInMinute);
};
