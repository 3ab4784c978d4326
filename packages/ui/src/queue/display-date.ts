/**
 * Dates as people type them in a filter (`dd/MM/yyyy`, also `5/3/2026`) and as the URL and the API
 * carry them (`yyyy-MM-dd`). The check is the domain's rule — a real day of the Gregorian calendar —
 * written here because packages/ui takes only types from the domain.
 */
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `yyyy-MM-dd` naming a day that exists (not 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  const m = ISO.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return y >= 1900 && date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** `dd/MM/yyyy` as typed → `yyyy-MM-dd`; null when it is not a real calendar day. */
export function isoOfDisplayDate(typed: string): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(typed.trim());
  if (!m) return null;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isCalendarDate(iso) ? iso : null;
}

/** `yyyy-MM-dd` → `dd/MM/yyyy`; null → ''. */
export const displayOfIsoDate = (iso: string | null): string => (iso && isCalendarDate(iso) ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '');
