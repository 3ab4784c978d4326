import { formatDisplayDate, isIsoDate, parseDisplayDate } from '@ketnoi/domain';

/**
 * Dates as people type them (`dd/MM/yyyy`, also `5/3/2025`) → the ISO `yyyy-MM-dd` the domain
 * stores, through the domain's strict parser; null when it is not a real calendar day.
 */
export function isoOfDisplayDate(typed: string): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(typed.trim());
  return m ? parseDisplayDate(`${m[1]!.padStart(2, '0')}/${m[2]!.padStart(2, '0')}/${m[3]}`) : null;
}

/** `yyyy-MM-dd` → `dd/MM/yyyy`; anything else (a draft never saved) unchanged. */
export const displayOfIsoDate = (iso: string | null | undefined): string => (iso && isIsoDate(iso) ? formatDisplayDate(iso) : (iso ?? ''));

/** Whole days from `fromIso` to `toIso` (negative when `toIso` is earlier). */
export function daysBetween(fromIso: string, toIso: string): number {
  const utc = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return Math.round((utc(toIso) - utc(fromIso)) / 86_400_000);
}
