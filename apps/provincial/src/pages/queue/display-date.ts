import { formatDisplayDate, isIsoDate, parseDisplayDate } from '@ketnoi/domain';

/**
 * Dates as people type them (`dd/MM/yyyy`, also `5/3/2026`) → the ISO `yyyy-MM-dd` of the URL and
 * the API, through the domain's strict parser; null when it is not a real calendar day.
 */
export function isoOfDisplayDate(typed: string): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(typed.trim());
  return m ? parseDisplayDate(`${m[1]!.padStart(2, '0')}/${m[2]!.padStart(2, '0')}/${m[3]}`) : null;
}

/** `yyyy-MM-dd` → `dd/MM/yyyy`; null → ''. */
export const displayOfIsoDate = (iso: string | null): string => (iso && isIsoDate(iso) ? formatDisplayDate(iso) : '');
