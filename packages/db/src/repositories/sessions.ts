import type { Kysely } from 'kysely';
import type { Database, JsonValue } from '../schema.js';

/**
 * A session store for the server's session library. A session counts only while it is not
 * expired, not revoked, and its user is still active (quality.md A3).
 */

export interface StoredSession {
  readonly sid: string;
  readonly userId: string;
  readonly data: JsonValue;
  readonly createdAt: string;
  readonly lastSeenAt: string;
  readonly expiresAt: string;
}

export async function getSession(db: Kysely<Database>, sid: string, now: Date = new Date()): Promise<StoredSession | undefined> {
  const row = await db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select(['s.sid', 's.user_id', 's.data', 's.created_at', 's.last_seen_at', 's.expires_at'])
    .where('s.sid', '=', sid)
    .where('s.revoked_at', 'is', null)
    .where('s.expires_at', '>', now.toISOString())
    .where('u.active', '=', true)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  return { sid: row.sid, userId: row.user_id, data: row.data, createdAt: row.created_at, lastSeenAt: row.last_seen_at, expiresAt: row.expires_at };
}

/** Creates or replaces a session. A revoked sid is never revived (its row keeps revoked_at). */
export async function setSession(db: Kysely<Database>, sid: string, data: JsonValue, expiresAt: Date | string, userId: string): Promise<void> {
  await db
    .insertInto('sessions')
    .values({ sid, user_id: userId, data: JSON.stringify(data), expires_at: expiresAt })
    .onConflict((oc) =>
      oc
        .column('sid')
        .doUpdateSet((eb) => ({ data: eb.ref('excluded.data'), expires_at: eb.ref('excluded.expires_at'), last_seen_at: new Date() }))
        .where('sessions.revoked_at', 'is', null)
        .where('sessions.user_id', '=', userId),
    )
    .execute();
}

/**
 * Ends a session (sign-out, timeout, a new sid at sign-in) by revoking it, not deleting it: another
 * server process still answering a request of that session would save it again on its way out, and
 * a deleted row would come back alive; a revoked one is never revived (setSession). purgeSessions
 * drops it later.
 */
export async function destroySession(db: Kysely<Database>, sid: string): Promise<void> {
  await db.updateTable('sessions').set({ revoked_at: new Date() }).where('sid', '=', sid).where('revoked_at', 'is', null).execute();
}

/** Records activity (idle timeout) and optionally extends the expiry (rolling sessions). */
export async function touchSession(db: Kysely<Database>, sid: string, expiresAt?: Date | string): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ last_seen_at: new Date(), ...(expiresAt !== undefined ? { expires_at: expiresAt } : {}) })
    .where('sid', '=', sid)
    .where('revoked_at', 'is', null)
    .execute();
}

/** Housekeeping: drops sessions expired or revoked before `before`. */
export async function purgeSessions(db: Kysely<Database>, before: Date): Promise<number> {
  const result = await db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('expires_at', '<', before.toISOString()), eb('revoked_at', '<', before.toISOString())]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
