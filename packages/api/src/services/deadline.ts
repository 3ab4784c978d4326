import type { Kysely } from 'kysely';
import { loadCalendar, type Database } from '@ketnoi/db';
import { deadlineState, localDate, type DeadlineState } from '@ketnoi/domain';

/**
 * Adds the deadline state ("còn N ngày làm việc", due today, overdue by N) to dossiers that have a
 * running stage. Computed on the server: it needs the holiday calendar, which clients do not hold.
 */
export async function withDeadlines<T extends { stageDueOn: string | null }>(db: Kysely<Database>, items: readonly T[], now: Date): Promise<(T & { deadline: DeadlineState | null })[]> {
  if (!items.some((i) => i.stageDueOn !== null)) return items.map((i) => ({ ...i, deadline: null }));
  const calendar = await loadCalendar(db);
  const today = localDate(now.toISOString());
  return items.map((i) => ({ ...i, deadline: i.stageDueOn === null ? null : deadlineState(i.stageDueOn, today, calendar) }));
}
