import { addCalendarDays, dayOfWeek, isWorkingDay, toDayNumber, type WorkingCalendar } from '@ketnoi/domain';

/**
 * Calendar arithmetic of the national dashboard: its periods (weeks from Monday, calendar months,
 * local days in Asia/Ho_Chi_Minh) and the age of open dossiers in working days.
 */

export const GRANULARITIES = ['week', 'month'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

/** A period as the dashboard shows it: its first and last local day (both included). */
export interface Period {
  readonly from: string;
  readonly to: string;
}

/** The period that holds `day`. */
export function periodOf(day: string, granularity: Granularity): Period {
  if (granularity === 'week') {
    const from = addCalendarDays(day, -((dayOfWeek(day) + 6) % 7));
    return { from, to: addCalendarDays(from, 6) };
  }
  const from = `${day.slice(0, 8)}01`;
  return { from, to: addCalendarDays(nextMonth(from), -1) };
}

/** The `count` periods that end with the one holding `today`, oldest first. */
export function periodsEnding(today: string, granularity: Granularity, count: number): Period[] {
  const periods: Period[] = [periodOf(today, granularity)];
  while (periods.length < count) periods.unshift(periodOf(addCalendarDays(periods[0]!.from, -1), granularity));
  return periods;
}

function nextMonth(firstOfMonth: string): string {
  const year = Number(firstOfMonth.slice(0, 4));
  const month = Number(firstOfMonth.slice(5, 7));
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
}

/** The instant a local day begins (Vietnam keeps UTC+7 all year). */
export const startOfLocalDay = (day: string): Date => new Date(`${day}T00:00:00+07:00`);

/**
 * Ageing buckets of open dossiers: working days since the running review stage started (the
 * receipt day does not count, as for deadlines), so 0–3 is within PC06's 3 working days, 4–5 within
 * C06's 5, and the rest are late.
 */
export const AGE_BUCKETS = ['0-3', '4-5', '6-10', '>10'] as const;
export type AgeBucket = (typeof AGE_BUCKETS)[number];
export const AGE_BUCKET_DAYS: Readonly<Record<AgeBucket, { readonly min: number; readonly max: number | null }>> = {
  '0-3': { min: 0, max: 3 },
  '4-5': { min: 4, max: 5 },
  '6-10': { min: 6, max: 10 },
  '>10': { min: 11, max: null },
};

/**
 * The range of start days of each bucket, seen on `today`: `from` included (null: no lower
 * bound), `before` excluded (null: no upper bound). Age only grows as the start day goes back, so
 * each bucket is one range of days, and counting a bucket is a range condition on the start day.
 */
export function ageBucketStartDays(today: string, calendar: WorkingCalendar): Record<AgeBucket, { readonly from: string | null; readonly before: string | null }> {
  const earliest = (maxAge: number): string => {
    // age(day - 1) = age(day) + 1 when `day` is a working day: walk back while the age stays ≤ maxAge.
    let day = today;
    let age = 0;
    for (let guard = 0; guard < 4000; guard += 1) {
      const step = isWorkingDay(day, calendar) ? 1 : 0;
      if (age + step > maxAge) return day;
      age += step;
      day = addCalendarDays(day, -1);
    }
    throw new RangeError('The working calendar has no working days for ten years');
  };
  const d3 = earliest(3);
  const d5 = earliest(5);
  const d10 = earliest(10);
  return {
    '0-3': { from: d3, before: null },
    '4-5': { from: d5, before: d3 },
    '6-10': { from: d10, before: d5 },
    '>10': { from: null, before: d10 },
  };
}

/** The bucket of a stage started on `startedOn` (tests and the naive count). */
export function ageBucketOf(startedOn: string, bounds: ReturnType<typeof ageBucketStartDays>): AgeBucket {
  for (const bucket of AGE_BUCKETS) {
    const { from, before } = bounds[bucket];
    if ((from === null || toDayNumber(startedOn) >= toDayNumber(from)) && (before === null || toDayNumber(startedOn) < toDayNumber(before))) return bucket;
  }
  throw new Error(`no age bucket for ${startedOn}`);
}
