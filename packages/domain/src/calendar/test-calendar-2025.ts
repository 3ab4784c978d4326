import type { WorkingCalendar } from './working-days';

/**
 * Test fixture: Vietnam's 2025 days off as announced (Tết Ất Tỵ 25/1–2/2, Giỗ Tổ 7/4,
 * 30/4–1/5 with Friday 2/5 swapped for Saturday 26/4, Quốc khánh 1–2/9). Only the weekdays matter.
 */
export const CALENDAR_2025: WorkingCalendar = {
  holidays: new Set([
    '2025-01-01',
    '2025-01-27',
    '2025-01-28',
    '2025-01-29',
    '2025-01-30',
    '2025-01-31',
    '2025-04-07',
    '2025-04-30',
    '2025-05-01',
    '2025-05-02',
    '2025-09-01',
    '2025-09-02',
  ]),
  workingWeekends: new Set(['2025-04-26']),
};
