import { daysBetween } from './display-date.ts';

/** How soon a confirmation stops being valid, when it matters: expired, or within `withinDays`. */
export type Validity = { readonly kind: 'expired'; readonly days: number } | { readonly kind: 'expiring'; readonly days: number } | null;

export function validityOf(validUntilIso: string | null, todayIso: string, withinDays = 30): Validity {
  if (!validUntilIso) return null;
  const days = daysBetween(todayIso, validUntilIso);
  if (days < 0) return { kind: 'expired', days: -days };
  return days <= withinDays ? { kind: 'expiring', days } : null;
}
