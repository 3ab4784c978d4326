import type { Kysely } from 'kysely';
import { purgeLoginFailures, purgeSessions, type Database } from '@ketnoi/db';
import { THROTTLE } from '../auth/throttle.ts';

/** Ended sessions stay a day (a sign-out's revocation must outlive any request still in flight). */
export const ENDED_SESSION_KEPT_MS = 86_400_000;

/**
 * Housekeeping of the daily sweep: drops sessions that expired or were revoked over a day ago and
 * login failures older than the throttling window (nothing reads them any more). Without it both
 * tables only grow: every sign-out, timeout and wrong password leaves a row.
 */
export async function purgeAuthRecords(db: Kysely<Database>, now: Date): Promise<{ readonly sessions: number; readonly loginFailures: number }> {
  const sessions = await purgeSessions(db, new Date(now.getTime() - ENDED_SESSION_KEPT_MS));
  const loginFailures = await purgeLoginFailures(db, new Date(now.getTime() - THROTTLE.windowMinutes * 60_000));
  return { sessions, loginFailures };
}
