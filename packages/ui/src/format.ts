/**
 * Dates as Vietnamese administration writes them (`dd/MM/yyyy`, 24-hour clock), in Asia/Ho_Chi_Minh
 * whatever the browser's zone: deadlines and receipts are counted there (domain.md §4).
 */
const ZONE = 'Asia/Ho_Chi_Minh';

/** `yyyy-MM-dd` (a calendar date, no zone) → `dd/MM/yyyy`. */
export function formatDate(isoDate: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : isoDate;
}

const dateTimeParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant → `dd/MM/yyyy HH:mm` in Vietnam's time. */
export function formatDateTime(instant: string | Date): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) return String(instant);
  const parts = Object.fromEntries(dateTimeParts.formatToParts(date).map((p) => [p.type, p.value]));
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}

/** Today in Vietnam as `yyyy-MM-dd`. */
export function todayInVietnam(now: Date = new Date()): string {
  const parts = Object.fromEntries(dateTimeParts.formatToParts(now).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}
